import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'tr',
  name: 'Türkçe',
  dir: 'ltr',
  strings: {
    title: 'Gizlilik tercihleriniz',
    intro:
      'Bu sitenin çalışması için zorunlu çerezler kullanıyoruz. Onayınızla isteğe bağlı çerezler ve benzer teknolojiler de kullanıyoruz. Seçiminizi istediğiniz zaman değiştirebilirsiniz.',
    accept: 'Tümünü kabul et',
    reject: 'Tümünü reddet',
    save: 'Seçimleri kaydet',
    close: 'Kapat',
    policy: 'Çerez politikası',
    prefsTitle: 'Çerez tercihleri',
    always: 'her zaman açık',
    techs: 'Teknolojiler',
    gpc: 'Tarayıcınız bir vazgeçme sinyali gönderdi (GPC veya DNT).',
    honored: 'Vazgeçme talebi yerine getirildi: satış ve paylaşım kapalı kalır.',
    recorded: 'Seçiminizle birlikte kaydedilir.',
    blockedTitle: 'Çerezler engellendi',
    blocked:
      'Tarayıcınız çerezleri engelliyor. Okumaya devam edebilirsiniz, ancak oturum açma, ödeme ve zorunlu çerez gerektiren diğer özellikler çalışmaz.',
    ok: 'Tamam',
    optOut: 'Kişisel bilgilerimi satmayın veya paylaşmayın',
    optOutHonored: 'Vazgeçme talebi yerine getirildi',
    notice:
      'Bu site çerezler ve benzer teknolojiler kullanır. {policy} hangilerinin kullanıldığını ve nasıl kapatılacağını açıklar.',
    changed: 'Çerez politikamızı {date} tarihinde güncelledik: {summary}',
    receipt: 'Makbuz kimliği',
    copy: 'Kopyala',
  },
};
export default pack;
