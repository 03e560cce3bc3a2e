/**
 * Words of a video request in the fifteen languages the agent understands (en de es fr it pt ru uk pl tr ja
 * zh ko ar hi), as regular-expression sources. A data table: kept together so a language is added in one place.
 */
export const SECOND_UNITS =
  's|secs?|seconds?|sekunden?|sek|segundos?|secondes?|secondi|секунд[аыу]?|сек|секунди|sekund[ay]?|sekundow\\p{L}*|saniye(?:lik)?|sn|秒(?:钟|鐘)?|초|ثوان[يٍ]?|ثانية|ثواني|सेकंड|सेकेंड';
export const MINUTE_UNITS =
  'mins?|minutes?|minuten?|minutos?|minuti|минут[аыу]?|мин|хвилин[аиу]?|хв|minut[ay]?|minutow\\p{L}*|dakika(?:lık)?|dk|分(?:钟|鐘|間)?|분|دقيقة|دقائق|मिनट';

export const PORTRAIT_WORDS =
  'vertical|portrait|tiktok|reels?|shorts|9\\s*:\\s*16|hochformat|verticale?|vertikal|вертикальн\\p{L}*|pionow\\p{L}*|dikey|縦(?:型|長|向き)?|竖(?:屏|版)?|豎(?:屏|版)?|세로|عمودي|طولي|वर्टिकल|खड़ा';
export const LANDSCAPE_WORDS =
  'horizontal|landscape|16\\s*:\\s*9|widescreen|querformat|horizontale|paysage|orizzontale|горизонтальн\\p{L}*|poziom\\p{L}*|yatay|横(?:型|長|向き|屏|版)?|가로|أفقي|हॉरिज़ॉन्टल|हॉरिजॉन्टल';

/** Tones, each with the words that name it. */
export const TONE_WORDS: Record<string, string> = {
  friendly: 'friendly|warm|freundlich|amistos[oa]|amical|chaleureu\\p{L}*|amichevole|amigável|дружелюбн\\p{L}*|тепл\\p{L}*|przyjazn\\p{L}*|samimi|親しみ|フレンドリー|友好|亲切|親切|친근|ودي|دافئ|दोस्ताना|मित्रवत',
  formal: 'formal|professional|seriös|profesional|professionnel|professionale|profissional|формальн\\p{L}*|официальн\\p{L}*|профессиональн\\p{L}*|офіційн\\p{L}*|profesjonaln\\p{L}*|resmi|profesyonel|フォーマル|丁寧|正式|专业|專業|격식|전문적|رسمي|احترافي|औपचारिक|पेशेवर',
  energetic: 'energetic|upbeat|fun|dynamic|energisch|lebendig|enérgic[oa]|dynamique|énergique|energico|energétic[oa]|энергичн\\p{L}*|весел\\p{L}*|енергійн\\p{L}*|energiczn\\p{L}*|enerjik|eğlenceli|元気|明る|活泼|活潑|有活力|활기|신나|حماسي|مرح|ऊर्जावान|मज़ेदार',
  calm: 'calm|relaxed|soothing|ruhig|tranquil[oa]|calme|calmo|calma|спокойн\\p{L}*|спокійн\\p{L}*|spokojn\\p{L}*|sakin|落ち着|穏やか|平静|平和|冷静|차분|هادئ|शांत',
};

/** Audiences: what comes after these words names who the video is for. */
export const AUDIENCE_BEFORE = 'for|für|para|pour|per|для|dla';
/** …and what comes before these (Japanese 向け, Korean 을 위한, Turkish için, Hindi के लिए, Chinese 面向…的 is handled apart). */
export const AUDIENCE_AFTER = '向け|を対象|을 위한|를 위한|용|için|के लिए';
