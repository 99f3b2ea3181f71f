import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'ja',
  name: '日本語',
  dir: 'ltr',
  strings: {
    title: 'プライバシーの選択',
    intro:
      'このサイトの運営には必須のCookieを使用しています。同意いただいた場合は、任意のCookieや類似の技術も使用します。選択はいつでも変更できます。',
    accept: 'すべて許可',
    reject: 'すべて拒否',
    save: '選択を保存',
    close: '閉じる',
    policy: 'Cookieポリシー',
    prefsTitle: 'Cookieの設定',
    always: '常に有効',
    techs: '技術',
    gpc: 'ブラウザーがオプトアウト信号（GPCまたはDNT）を送信しました。',
    honored: 'オプトアウトの要求を受け付けました。販売と共有は無効のままです。',
    recorded: '選択とともに記録されます。',
    blockedTitle: 'Cookieがブロックされています',
    blocked:
      'ブラウザーがCookieをブロックしています。閲覧は続けられますが、ログイン、決済など必須のCookieが必要な機能は動作しません。',
    ok: 'OK',
    optOut: '個人情報を販売または共有しない',
    optOutHonored: 'オプトアウトの要求を受け付けました',
    notice: 'このサイトはCookieと類似の技術を使用しています。どれを使い、どう無効にするかは{policy}で説明しています。',
    changed: '{date}にCookieポリシーを更新しました：{summary}',
    receipt: '受領ID',
    copy: 'コピー',
  },
};
export default pack;
