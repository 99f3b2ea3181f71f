import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'pt',
  name: 'Português',
  dir: 'ltr',
  strings: {
    title: 'As suas opções de privacidade',
    intro:
      'Utilizamos cookies essenciais para o funcionamento deste site. Com o seu consentimento, utilizamos também cookies opcionais e tecnologias semelhantes. Pode alterar a sua escolha a qualquer momento.',
    accept: 'Aceitar tudo',
    reject: 'Rejeitar tudo',
    save: 'Guardar escolhas',
    close: 'Fechar',
    policy: 'Política de cookies',
    prefsTitle: 'Preferências de cookies',
    always: 'sempre ativos',
    techs: 'Tecnologias',
    gpc: 'O seu navegador enviou um sinal de oposição (GPC ou DNT).',
    honored: 'Pedido de oposição respeitado: a venda e a partilha continuam desativadas.',
    recorded: 'Fica registado com a sua escolha.',
    blockedTitle: 'Os cookies estão bloqueados',
    blocked:
      'O seu navegador bloqueia cookies. Pode continuar a ler, mas o início de sessão, o pagamento e outras funções que precisam de cookies essenciais não funcionarão.',
    ok: 'OK',
    optOut: 'Não vender nem partilhar as minhas informações pessoais',
    optOutHonored: 'Pedido de oposição respeitado',
    notice: 'Este site utiliza cookies e tecnologias semelhantes. A {policy} explica quais e como desativá-los.',
    changed: 'Atualizámos a nossa política de cookies em {date}: {summary}',
    receipt: 'ID do recibo',
    copy: 'Copiar',
  },
};
export default pack;
