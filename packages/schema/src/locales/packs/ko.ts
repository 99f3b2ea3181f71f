import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'ko',
  name: '한국어',
  dir: 'ltr',
  strings: {
    title: '개인정보 보호 선택',
    intro:
      '이 사이트 운영에는 필수 쿠키를 사용합니다. 동의하시면 선택 쿠키와 유사한 기술도 사용합니다. 선택은 언제든지 변경할 수 있습니다.',
    accept: '모두 허용',
    reject: '모두 거부',
    save: '선택 저장',
    close: '닫기',
    policy: '쿠키 정책',
    prefsTitle: '쿠키 설정',
    always: '항상 사용',
    techs: '기술',
    gpc: '브라우저에서 수신 거부 신호(GPC 또는 DNT)를 보냈습니다.',
    honored: '수신 거부 요청이 반영되었습니다. 판매와 공유는 계속 꺼져 있습니다.',
    recorded: '선택과 함께 기록됩니다.',
    blockedTitle: '쿠키가 차단되었습니다',
    blocked:
      '브라우저에서 쿠키를 차단하고 있습니다. 계속 읽을 수는 있지만 로그인, 결제 등 필수 쿠키가 필요한 기능은 작동하지 않습니다.',
    ok: '확인',
    optOut: '내 개인정보를 판매하거나 공유하지 않음',
    optOutHonored: '수신 거부 요청이 반영되었습니다',
    notice:
      '이 사이트는 쿠키와 유사한 기술을 사용합니다. 어떤 기술을 사용하며 어떻게 끄는지는 {policy}에서 설명합니다.',
    changed: '{date}에 쿠키 정책을 업데이트했습니다: {summary}',
    receipt: '동의 영수증 ID',
    copy: '복사',
  },
};
export default pack;
