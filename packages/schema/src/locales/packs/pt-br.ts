import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'pt-BR',
  name: 'Português (Brasil)',
  dir: 'ltr',
  strings: {
    title: 'Suas opções de privacidade',
    intro:
      'Usamos cookies essenciais para o funcionamento deste site. Com o seu consentimento, também usamos cookies opcionais e tecnologias semelhantes. Você pode mudar sua escolha a qualquer momento.',
    accept: 'Aceitar todos',
    reject: 'Rejeitar todos',
    save: 'Salvar escolhas',
    close: 'Fechar',
    policy: 'Política de cookies',
    prefsTitle: 'Preferências de cookies',
    always: 'sempre ativos',
    techs: 'Tecnologias',
    gpc: 'Seu navegador enviou um sinal de recusa (GPC ou DNT).',
    honored: 'Pedido de recusa atendido: a venda e o compartilhamento continuam desativados.',
    recorded: 'Ele é registrado com a sua escolha.',
    blockedTitle: 'Os cookies estão bloqueados',
    blocked:
      'Seu navegador bloqueia cookies. Você pode continuar lendo, mas o login, o pagamento e outros recursos que precisam de cookies essenciais não vão funcionar.',
    ok: 'OK',
    optOut: 'Não vender nem compartilhar minhas informações pessoais',
    optOutHonored: 'Pedido de recusa atendido',
    notice: 'Este site usa cookies e tecnologias semelhantes. A {policy} explica quais e como desativá-los.',
    changed: 'Atualizamos nossa política de cookies em {date}: {summary}',
    receipt: 'ID do recibo',
    copy: 'Copiar',
  },
};
export default pack;
