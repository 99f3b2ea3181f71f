import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'pl',
  name: 'Polski',
  dir: 'ltr',
  strings: {
    title: 'Twoje wybory dotyczące prywatności',
    intro:
      'Używamy niezbędnych plików cookie do działania tej witryny. Za Twoją zgodą używamy też opcjonalnych plików cookie i podobnych technologii. Swój wybór możesz zmienić w każdej chwili.',
    accept: 'Zaakceptuj wszystkie',
    reject: 'Odrzuć wszystkie',
    save: 'Zapisz wybór',
    close: 'Zamknij',
    policy: 'Polityka plików cookie',
    prefsTitle: 'Ustawienia plików cookie',
    always: 'zawsze włączone',
    techs: 'Technologie',
    gpc: 'Twoja przeglądarka wysłała sygnał sprzeciwu (GPC lub DNT).',
    honored: 'Żądanie sprzeciwu uwzględnione: sprzedaż i udostępnianie pozostają wyłączone.',
    recorded: 'Zostaje zapisany wraz z Twoim wyborem.',
    blockedTitle: 'Pliki cookie są zablokowane',
    blocked:
      'Twoja przeglądarka blokuje pliki cookie. Możesz czytać dalej, ale logowanie, płatność i inne funkcje wymagające niezbędnych plików cookie nie będą działać.',
    ok: 'OK',
    optOut: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
    optOutHonored: 'Żądanie sprzeciwu uwzględnione',
    notice: 'Ta witryna używa plików cookie i podobnych technologii. {policy} wyjaśnia, jakich i jak je wyłączyć.',
    changed: '{date} zaktualizowaliśmy politykę plików cookie: {summary}',
    receipt: 'Identyfikator potwierdzenia',
    copy: 'Kopiuj',
  },
};
export default pack;
