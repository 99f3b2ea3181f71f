import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'zh',
  name: '中文（简体）',
  dir: 'ltr',
  strings: {
    title: '您的隐私选择',
    intro:
      '我们使用必要的 Cookie 来运行本网站。经您同意后，我们还会使用可选的 Cookie 和类似技术。您可以随时更改您的选择。',
    accept: '全部接受',
    reject: '全部拒绝',
    save: '保存选择',
    close: '关闭',
    policy: 'Cookie 政策',
    prefsTitle: 'Cookie 偏好设置',
    always: '始终开启',
    techs: '技术',
    gpc: '您的浏览器发送了退出信号（GPC 或 DNT）。',
    honored: '已遵从退出请求：出售和共享保持关闭。',
    recorded: '它会与您的选择一起记录。',
    blockedTitle: 'Cookie 已被阻止',
    blocked: '您的浏览器阻止了 Cookie。您可以继续阅读，但登录、付款以及其他需要必要 Cookie 的功能将无法使用。',
    ok: '确定',
    optOut: '不要出售或共享我的个人信息',
    optOutHonored: '已遵从退出请求',
    notice: '本网站使用 Cookie 和类似技术。{policy}说明了使用哪些以及如何关闭它们。',
    changed: '我们已于{date}更新 Cookie 政策：{summary}',
    receipt: '回执编号',
    copy: '复制',
  },
};
export default pack;
