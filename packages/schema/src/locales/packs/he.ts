import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'he',
  name: 'עברית',
  dir: 'rtl',
  strings: {
    title: 'בחירות הפרטיות שלך',
    intro:
      'אנו משתמשים בקובצי Cookie חיוניים להפעלת האתר. בהסכמתך אנו משתמשים גם בקובצי Cookie אופציונליים ובטכנולוגיות דומות. אפשר לשנות את הבחירה בכל עת.',
    accept: 'לקבל הכול',
    reject: 'לדחות הכול',
    save: 'שמירת הבחירות',
    close: 'סגירה',
    policy: 'מדיניות קובצי Cookie',
    prefsTitle: 'העדפות קובצי Cookie',
    always: 'פעיל תמיד',
    techs: 'טכנולוגיות',
    gpc: 'הדפדפן שלך שלח אות ביטול הסכמה (GPC או DNT).',
    honored: 'בקשת ביטול ההסכמה כובדה: המכירה והשיתוף נשארים כבויים.',
    recorded: 'היא נרשמת יחד עם הבחירה שלך.',
    blockedTitle: 'קובצי Cookie חסומים',
    blocked:
      'הדפדפן שלך חוסם קובצי Cookie. אפשר להמשיך לקרוא, אבל התחברות, תשלום ותכונות אחרות שצריכות קובצי Cookie חיוניים לא יעבדו.',
    ok: 'אישור',
    optOut: 'לא למכור ולא לשתף את המידע האישי שלי',
    optOutHonored: 'בקשת ביטול ההסכמה כובדה',
    notice: 'אתר זה משתמש בקובצי Cookie ובטכנולוגיות דומות. ה{policy} מסבירה באילו ואיך לכבות אותם.',
    changed: 'עדכנו את מדיניות קובצי ה-Cookie שלנו בתאריך {date}: {summary}',
    receipt: 'מזהה האישור',
    copy: 'העתקה',
  },
};
export default pack;
