"""Intent lexicons (intent.py concepts) in the languages the first lexicons lacked: Polish, Swedish,
Turkish, Russian, Chinese, Japanese, Arabic, Hindi, and gaps in Dutch, Italian, Portuguese, Spanish,
French and German.

Same syntax as intent._lex: "|" between entries, a space is any run of non-word characters, a
trailing * any word ending. Entries are folded like the view (accents and marks dropped, Cyrillic
look-alikes to Latin) when compiled, so they are written in ordinary spelling here. Chinese,
Japanese, Arabic and Devanagari entries match as substrings (no spaces between words, or vowel
signs that are no \\w), so they are kept to phrases of two or more characters that do not sit
inside common words. Chinese and Japanese glue Latin words to their neighbours ("给AI的"), so the
Latin part is written inside the entry.

Written from the words each language uses for the concept, not from any measured text.
"""

ML_CONCEPTS = {
    "negate": "zignoruj | ignoruj* | zapomnij | pomiń | odrzuć | nie przestrzegaj | nie stosuj się | nie wykonuj |"
              "nie obowiązują | nieważne |"
              "ignorera | glöm | strunta i | bortse från | sluta följa | gäller inte | ogiltig* |"
              "yok say* | görmezden gel* | unut | unutun | dikkate alma* | boşver | geçersiz | uyma |"
              "игнорир* | проигнорир* | забудь | забудьте | забыть | не обращай внимания | не учитывай | отбрось |"
              "не выполняй | не следуй | недействительн* | больше не действуют |"
              "忽略 | 忘记 | 忘掉 | 无视 | 不要理会 | 不再遵守 | 不要遵守 | 抛开 | 作废 |"
              "無視 | 忘れ | 従わない | 従わなくて | 破棄 |"
              "تجاهل | تتجاهل | لا تتبع | لا تلتزم | تخل عن |"
              "अनदेखा | भूल जा | नज़रअंदाज़ | मत मानो | मत मानना | छोड़ दो |"
              "niet langer | gelden niet meer | vervallen | naast je neer | non seguire | non tenere conto |"
              "lascia perdere | deixe de lado | nao siga | no tengas en cuenta | laisse tomber | befolge nicht",
    "orders": "instrukcj* | polece* | zasad* | reguł* | wytyczn* |"
              "instruktion* | regler | riktlinj* | direktiv* | anvisning* |"
              "talimat* | kural* | yönerge* | komut* | direktif* |"
              "инструкци* | правил* | указани* | команд* | промпт* | директив* |"
              "指令 | 指示 | 规则 | 规定 | 提示词 | 设定 |"
              "ルール | 規則 | 命令 | プロンプト | 制約 |"
              "التعليمات | تعليمات | القواعد | قواعد | الأوامر | أوامر | الإرشادات | التوجيهات |"
              "निर्देश | नियम | आदेश | प्रॉम्प्ट | हिदायत |"
              "richtlijn* | opdracht* | direttiv* | indicazion* | orientac* | diretriz*",
    "prior": "poprzedni* | wcześniejsz* | dotychczasow* | powyższ* | pierwotn* | od teraz | od tej chwili |"
             "systemow* | otrzymał* | dostał* | twórc* |"
             "tidigare | föregående | ovan | ursprunglig* | från och med nu | hittills | utvecklar* |"
             "önceki | daha önce | yukarıdaki | orijinal | bundan sonra | artık | şimdiye kadar | verilen |"
             "geliştirici* |"
             "предыдущ* | прежн* | ранее | раньше | выше | исходн* | первоначальн* | с этого момента | теперь |"
             "полученн* | тебе дали | разработчик* | системн* |"
             "之前 | 以前 | 先前 | 上面的 | 原来的 | 最初 | 从现在起 | 从现在开始 | 开发者 | 系统 |"
             "以前の | 前の | これまで | 上記 | 最初の | 元の | 今から | これから | 開発者 | システム |"
             "السابقة | السابق | الأصلية | أعلاه | من الآن | المطورين | النظام |"
             "पिछले | पिछला | पहले | ऊपर | मूल | शुरुआती | अब से | डेवलपर | सिस्टम |"
             "vorige | oorspronkelijk* | vanaf nu | tot nu toe | d ora in poi | inizial* | a partir de agora |"
             "inicia*",
    "disclose": "pokaż | wypisz | ujawnij | powtórz | wyświetl | podaj | zdradź | skopiuj | przepisz | słowo w słowo |"
                "visa | skriv ut | avslöja | upprepa | återge | kopiera | ordagrant |"
                "göster | yazdır | tekrarla | kopyala | kelimesi kelimesine | aynen |"
                "покажи | выведи | раскрой | повтори | скопируй | перечисли | дословно | слово в слово |"
                "显示 | 输出 | 透露 | 重复 | 告诉我 | 打印 | 列出 | 逐字 |"
                "表示 | 出力 | 見せて | 教えて | 繰り返 | 明かし | 一字一句 |"
                "اعرض | اطبع | اكشف | كرر | أظهر | أخبرني | انسخ | حرفيا |"
                "दिखाओ | दिखाइए | बताओ | प्रिंट | दोहराओ | शब्दशः |"
                "laat zien | toon | herhaal | onthul | rivela | stampa | parola per parola | palavra por palavra",
    "secret": "prompt systemow* | promptu systemowego | ukryte instrukcje | ukrytych instrukcji | instrukcje systemowe |"
              "swoje instrukcje | swoje zasady | twoje instrukcje | twoje zasady | początkowe instrukcje |"
              "systemprompt* | dolda instruktioner | dina instruktioner | dina regler | ursprungliga instruktioner |"
              "sistem istem* | sistem prompt* | gizli talimat* | talimatların* | kuralların* | ilk talimat* |"
              "системн* промпт* | системн* инструкци* | скрыт* инструкци* | свои инструкции | твои инструкции |"
              "свои правила | твои правила | начальн* указани* |"
              "系统提示 | 隐藏指令 | 隐藏的指令 | 你的指令 | 你的规则 | 初始指令 | 最初的指令 | 系统设定 |"
              "システムプロンプト | 隠された指示 | 隠し指示 | あなたの指示 | 最初の指示 | 初期設定 | 内部設定 |"
              "موجه النظام | تعليمات النظام | التعليمات المخفية | تعليماتك | قواعدك | رسالة النظام |"
              "सिस्टम प्रॉम्प्ट | छिपे हुए निर्देश | छिपे निर्देश | तुम्हारे निर्देश | अपने निर्देश | शुरुआती निर्देश |"
              "verborgen instructies | je instructies | jouw instructies | istruzioni di sistema | le tue istruzioni |"
              "instrucoes do sistema | suas instrucoes | prompt de sistema",
    "addressee": "ty | twój | twoje | twoich | swój | swoje | swoich | ci | cię | mi |"
                 "du | din | dina | ditt | dig | mig |"
                 "sen | senin | sana | seni | bana |"
                 "ты | твой | твои | твоих | свой | свои | своих | тебе | тебя | мне |"
                 "你 | 您 | 请 | あなた | ください | して | أنت | الخاص بك |"
                 "तुम | तुम्हारा | तुम्हारे | आप | आपका | अपना | अपने | मुझे |"
                 "je | jouw | jij | mij | il tuo | i tuoi | le tue | voce | seus | suas",
    "persona": "jesteś | udawaj | wciel się | zagraj | odgrywaj | w roli |"
               "du är | låtsas | agera som | rollen |"
               "artık sen | sen artık | gibi davran | rolüne gir | rolünde kal | rol yap |"
               "ты теперь | теперь ты | притворись | представь что ты | сыграй роль | играй роль | веди себя как |"
               "你现在是 | 现在你是 | 从现在起你是 | 假装 | 扮演 | 你是一个 |"
               "今からあなたは | あなたは今 | ふりをして | 演じて | なりきって |"
               "أنت الآن | تظاهر | العب دور | تقمص |"
               "अब तुम | तुम अब | ऐसा दिखाओ | भूमिका | बनकर |"
               "je bent nu | doe alsof | vanaf nu ben je | fingi | interpreta | comportati come | finj* | aja como",
    "unbound": "bez zasad | bez ograniczeń | bez filtrów | bez cenzury | bez żadnych | bez reguł | bez limitów |"
               "utan regler | utan begränsningar | utan filter | utan censur | inga regler | inga begränsningar |"
               "kuralı olmayan | kuralları olmayan | kısıtlama olmadan | kısıtlaması olmayan | sansürsüz | filtresiz |"
               "sınırsız | hiçbir kural* | hiçbir kısıtlama* |"
               "без правил | без ограничений | без цензуры | без фильтров | никаких ограничений | никаких правил |"
               "没有规则 | 没有任何限制 | 没有限制 | 无限制 | 不受限制 | 没有审查 | 没有过滤 | 无审查 |"
               "ルールのない | ルールもフィルターも | 制限なし | 制限のない | 検閲のない | 検閲も | フィルターのない | 無制限 |"
               "بلا قواعد | بلا قيود | بدون قيود | دون قيود | بلا رقابة | بدون رقابة | دون أي قيود | بلا فلاتر |"
               "बिना नियमों | बिना किसी पाबंदी | बिना पाबंदी | बिना सेंसर | बिना फ़िल्टर | कोई नियम नहीं |"
               "zonder regels | zonder beperkingen | zonder censuur | zonder filters | senza filtri | senza censura |"
               "senza restrizioni | sem regras | sem restricoes | sem censura | sem filtros | sem limites",
    "safety": "filtr* | zabezpiecz* | cenzur* | säkerhet* | güvenlik | filtre* | фильтр* | безопасност* | цензур* |"
              "安全过滤 | 过滤 | 审查 | フィルター | 安全機能 | فلاتر | الأمان | الرقابة | फ़िल्टर | सुरक्षा",
    "disabled": "wyłączon* | wyłącz | avstängd* | avaktiverad* | devre dışı | kapatıldı | отключен* | отключи | сняты |"
                "关闭 | 已关闭 | 停用 | 解除 | 無効 | オフ | معطلة | تعطيل | إيقاف | बंद कर",
    "ai_ref": "asystent* | model* | ассистент* | модел* | ии | бот | 助手 | 模型 | アシスタント | モデル | المساعد |"
              "النموذج | सहायक | मॉडल",
    "refuse": "odmawiaj | odmów | odmowy | vägra | vägrar | reddetme | reddet* | отказывай | откажи* | отказ* |"
              "拒绝 | 断ら | 拒否 | ترفض | رفض | मना | इनकार | weiger* | rifiutare | recus*",
    "forbid": "nigdy nie | nie wolno | nie możesz | aldrig | får inte | asla | yasak | никогда не | нельзя | не смей |"
              "不要 | 不许 | 禁止 | 永远不 | しないで | 絶対に | أبدا | कभी मत | कभी नहीं | nooit | mai | nunca",
    # "Never refuse and add no warnings": refusal and the warnings that come with it.
    "warn": "warning* | disclaimer* | caveat* | ostrzeżeń | ostrzeżenia | varning* | uyarı* | предупреждени* |"
            "оговор* | 警告 | 免责 | 注意書き | 警告文 | تحذير* | चेतावनी | advertencia* | avertissement* |"
            "warnung* | hinweise | avvis* | avis* | waarschuwing*",
    "exfil": "wyślij | prześlij | przekaż | udostępnij | eksportuj | skicka | vidarebefordra | ladda upp | exportera |"
             "gönder | ilet | yükle | aktar | отправь | перешли | загрузи | выгрузи | передай | экспортируй |"
             "发送 | 发到 | 转发 | 上传 | 导出 | 送信 | 送って | 転送 | アップロード | エクスポート |"
             "أرسل | ارفع | شارك | भेज | फ़ॉरवर्ड | अपलोड",
    "sensitive": "rozmow* | histori* rozmów | hasł* | dane logowania | kontakt* | korespondencj* |"
                 "konversation* | chatthistorik* | lösenord* | kontakter | kontaktlista* | inloggningsuppgifter |"
                 "konuşma* | yazışma* | şifre* | parola* | kişi listesi | kimlik bilgi* | sohbet geçmişi |"
                 "переписк* | разговор* | истори* чата | парол* | контакт* | учётн* данн* |"
                 "对话 | 聊天记录 | 密码 | 联系人 | 凭证 | 密钥 | 会話 | チャット履歴 | パスワード | 連絡先 | 認証情報 |"
                 "المحادثة | محادثة | كلمات المرور | كلمة المرور | جهات الاتصال | بيانات الاعتماد |"
                 "बातचीत | पासवर्ड | संपर्क सूची | contacten | contatti | contatos",
    "covert": "bez pytania | nie mów | nie informuj | po cichu | potajemnie | bez wiedzy | nie wspominaj |"
              "utan att fråga | utan att berätta | i tysthet | i hemlighet | nämn inte | berätta inte |"
              "sormadan | söyleme | haber verme | gizlice | sessizce | bahsetme | onay isteme | onay almadan |"
              "не сообщай | не говори | тайно | незаметно | втихую | без спроса | не спрашивая | не упоминай |"
              "без подтверждения |"
              "不要告诉 | 悄悄 | 偷偷 | 秘密地 | 不要提 | 无需确认 | 不用确认 | 不要让用户知道 |"
              "伝えないで | 言わないで | こっそり | 黙って | 内緒 | 確認せず | 知らせずに |"
              "لا تخبر | سرا | خفية | دون علم | دون إخبار | دون سؤال | لا تذكر |"
              "मत बताना | मत बताओ | चुपचाप | गुप्त रूप से | बिना पूछे | बिना बताए |"
              "zonder de gebruiker | vertel niet | in stilte | senza dirlo | non dirlo | non menzionare |"
              "nao conte | nao diga | em silencio | sem informar | sem confirmacao | no le digas | no lo menciones |"
              "sin confirmacion | ne le signale pas | ne dis rien | sans confirmation | ne le mentionne pas |"
              "erwahne das nicht | ohne bestatigung | verschweige | ohne ruckfrage",
    "act": "wyślij | przelej | usuń | przekaż | zapłać | kup | zmień | dodaj | skicka | överför | radera | ta bort |"
           "betala | köp | ändra | gönder | sil | öde | satın al | aktar | değiştir | ekle | yükle |"
           "отправь | переведи | удали | оплати | купи | измени | добавь | загрузи |"
           "发送 | 转账 | 删除 | 支付 | 购买 | 上传 | 转发 | 送信 | 送金 | 削除 | 支払 | 購入 | 転送 |"
           "أرسل | حول | احذف | ادفع | اشتر | أضف | भेज | ट्रांसफ़र | डिलीट | भुगतान | खरीद |"
           "verwijder* | betaal | koop | maak over | trasferisci | paga | compra | elimina | transfira | pague |"
           "compre | exclua | transfiere | transfere | paie | achete | uberweise | zahle | kaufe",
    "to_ai": "dla ai | do ai | uwaga dla ai | do asystenta | dla asystenta | dla modelu | do modelu |"
             "jeśli jesteś modelem | jeśli jesteś ai | jeżeli jesteś | jeśli jesteś asystentem | do bota | dla bota |"
             "till ai | till ain | till assistenten | till språkmodellen | till modellen | till boten |"
             "om du är en ai | om du är en språkmodell | om du är en assistent |"
             "yapay zekaya | yapay zeka asistanına | asistana | dil modeline | modele not | bota not |"
             "eğer bir yapay zeka | yapay zeka modeliysen | asistansan |"
             "для ии | ии ассистенту | для ассистента | ассистенту | для модели | языковой модели | если ты ии |"
             "если ты модель | если ты ассистент | нейросети | боту |"
             "给ai | 致ai | ai助手 | 给模型 | 给助手 | 致助手 | 如果你是ai | 如果你是模型 | 如果你是助手 | 给语言模型 |"
             "给机器人 | 机器人请注意 |"
             "aiへ | aiアシスタント | アシスタントへ | モデルへ | 言語モデルへ | もしあなたがai | aiモデルなら | ボットへ |"
             "إلى المساعد | للمساعد | إلى الذكاء الاصطناعي | للذكاء الاصطناعي | للنموذج | إلى النموذج |"
             "إذا كنت نموذج | إذا كنت مساعد | المساعد الذكي | إلى البوت |"
             "ai के लिए | सहायक के लिए | मॉडल के लिए | अगर तुम ai | अगर आप ai | अगर तुम मॉडल | बॉट के लिए | ai सहायक |"
             "als je een ai | voor de assistent | aan het model | voor het model | se sei un | al modello |"
             "per il modello | modello linguistico | se voce e uma ia | se voce e um modelo | ao modelo |"
             "para o modelo | assistente de ia | si eres un modelo | si eres una ia | si eres un asistente |"
             "para el modelo | al modelo | asistente de ia | si vous etes un | si tu es un | au modele |"
             "pour le modele | assistant ia | falls du ein | wenn du ein | ki assistent* | ki modell* |"
             "an das modell | fur das modell | sprachmodell* |"
             "model reads this | ai reads this | assistant reads this | agent reads this | llm reads this |"
             "ai screening this | ai summarizing this | ai summarising this | ai reviewing this | ai reviewers |"
             "any ai | any model | any assistant | any llm | attention language model | attention model",
    "command": "zignoruj | zapomnij | zamiast | odpowiedz tylko | wyślij | przekaż | wywołaj | ujawnij | pokaż | użyj |"
               "poproś | nie streszczaj | usuń |"
               "ignorera | glöm | istället | svara bara | skicka | anropa | avslöja | använd | be om | strunta |"
               "yok say* | unut | yerine | gönder | çağır | göster | kullan | iste | görmezden |"
               "игнорируй | проигнорируй | забудь | вместо | отвечай только | ответь только | отправь | вызови |"
               "покажи | используй | попроси | напиши | скажи |"
               "忽略 | 忘记 | 而是 | 只回复 | 发送 | 调用 | 显示 | 使用 | 要求 | 告诉用户 | 不要总结 | 改为 |"
               "無視 | 忘れ | 代わりに | だけ答え | 送信 | 呼び出 | 使って | 聞き出 | 伝えて | 要約せず |"
               "تجاهل | بدلا من | أرسل | استدع | اعرض | استخدم | اطلب | اكتب |"
               "अनदेखा | भूल | के बजाय | भेज | कॉल | दिखाओ | उपयोग | माँगो | लिखो | कहो |"
               "stuur | vraag om | gebruik | roep | non riassumere | chiedi | usa | invia | scrivi | ignore |"
               "descarte | peca | use | envie | escreva | pide | pidele | envia | escribe | dile | ignorez |"
               "demande | utilise | envoie | ecris | bitte ihn | frage | verwende | nutze | sende | schicke |"
               "schreibe | empfehle",
    # Tool-call hijack: a call of a named function or tool, with something at stake (intent.py).
    "invoke": "call | invoke | execute | trigger | run | use the | function call | function_call | tool_call* |"
              "invoke name | wywołaj | użyj | uruchom | anropa | använd | kör | çağır | kullan* | çalıştır |"
              "вызови | вызвать | используй | запусти | 调用 | 使用 | 执行 | 呼び出 | 使って | 実行 | استدع |"
              "استخدم | نفذ | कॉल कर | चलाओ | इस्तेमाल | llama | usa | ejecuta | appelle | utilise | rufe |"
              "verwende | nutze | fuhre | chiama | esegui | chame | roep | gebruik | voer",
    "tool": "function | tool | arguments | parameter name | functie | funkcj* | narzędzi* | funktion* | verktyg* | fonksiyon* | araç* |"
            "функци* | инструмент* | 函数 | 工具 | 関数 | ツール | الدالة | دالة | الأداة | फ़ंक्शन | टूल |"
            "funcion | herramienta | fonction | outil | funzione | strumento | funcao | ferramenta",
    # At stake in a call: money, destruction, privileges, the user's data.
    "stakes": "transfer* | amount | refund* | payment | purchase* | gift card* | giftcard* | wire | iban | checkout |"
              "rm rf | drop table | force | delete all | all files | admin* | root | sudo | collaborator |"
              "password* | credentials | ssh | id rsa | api key* | token* | contacts | chat history | conversation |"
              "inbox | public | przelew | kwot* | zł | överför* | belopp | ödeme | tutar | tl | перевод* | сумм* |"
              "转账 | 金额 | 送金 | 金額 | تحويل | مبلغ | भुगतान | ट्रांसफ़र | importe | montant | betrag | importo |"
              "valor | bedrag | hasł* | şifre* | парол* | 密码 | パスワード | كلمات المرور | पासवर्ड",
}
