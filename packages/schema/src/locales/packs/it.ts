import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'it',
  name: 'Italiano',
  dir: 'ltr',
  strings: {
    title: 'Le tue scelte sulla privacy',
    intro:
      'Usiamo cookie essenziali per il funzionamento di questo sito. Con il tuo consenso usiamo anche cookie facoltativi e tecnologie simili. Puoi modificare la tua scelta in qualsiasi momento.',
    accept: 'Accetta tutto',
    reject: 'Rifiuta tutto',
    save: 'Salva le scelte',
    close: 'Chiudi',
    policy: 'Informativa sui cookie',
    prefsTitle: 'Preferenze sui cookie',
    always: 'sempre attivi',
    techs: 'Tecnologie',
    gpc: 'Il tuo browser ha inviato un segnale di opposizione (GPC o DNT).',
    honored: 'Richiesta di opposizione rispettata: vendita e condivisione restano disattivate.',
    recorded: 'Viene registrato insieme alla tua scelta.',
    blockedTitle: 'I cookie sono bloccati',
    blocked:
      'Il tuo browser blocca i cookie. Puoi continuare a leggere, ma accesso, pagamento e altre funzioni che richiedono cookie essenziali non funzioneranno.',
    ok: 'OK',
    optOut: 'Non vendere né condividere le mie informazioni personali',
    optOutHonored: 'Richiesta di opposizione rispettata',
    notice: "Questo sito usa cookie e tecnologie simili. L'{policy} spiega quali e come disattivarli.",
    changed: 'Abbiamo aggiornato la nostra informativa sui cookie il {date}: {summary}',
    receipt: 'ID della ricevuta',
    copy: 'Copia',
  },
};
export default pack;
