// Text as the fact-check search reads it: one form for Kyrgyz and Russian,
// typed in Cyrillic or in Latin letters, in either language or both at once.
// Latin words are transliterated (Russian and Kyrgyz habits: "4to", "wkola",
// "jeseng", "o'lot"), letters people mix up are folded, filler words and
// evidential particles ("экен", "имиш", "дейт", "говорят") are dropped, and
// each word gets its keys: a concept of the domain lexicon (lexicon.ts) when
// it has one ("укол", "эмдөө", "вакцину" → #vaccine), otherwise its Russian
// Snowball stem and its Kyrgyz stem (suffixes stripped), so word forms of
// either language meet. Pure: no database.
import { stemmer as russianStem } from "@orama/stemmers/russian";
import { COMPOUNDS, CONCEPTS, PHRASES } from "./lexicon.ts";

/** Latin letter groups to Cyrillic, longest first. */
const LATIN_GROUPS: [string, string][] = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["sh", "ш"],
  ["ch", "ч"],
  ["zh", "ж"],
  ["dj", "ж"],
  ["dzh", "ж"],
  ["kh", "х"],
  ["gh", "г"],
  ["ts", "ц"],
  ["ya", "я"],
  ["ia", "я"],
  ["yu", "ю"],
  ["iu", "ю"],
  ["yo", "е"],
  ["ye", "е"],
  ["o'", "ө"],
  ["u'", "ү"],
  ["o`", "ө"],
  ["u`", "ү"],
];
const LATIN_LETTERS: Record<string, string> = {
  a: "а", b: "б", d: "д", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "ж", k: "к", l: "л", m: "м", n: "н", o: "о", p: "п",
  q: "к", r: "р", s: "с", t: "т", u: "у", v: "в", w: "ш", x: "х", y: "ы", z: "з", "'": "ь", "`": "ь", "ö": "ө", "ü": "ү", "ı": "ы", "ç": "ч", "ş": "ш", "ñ": "ң", "ğ": "г",
  // Digits that stand for letters inside Latin words ("4to", "xoro6o").
  "4": "ч", "6": "ш",
};
const LATIN_VOWELS = new Set("aeiouy");

/** One word in Latin letters written in Cyrillic ("vaktsina" → "вакцина", "sarymsak" → "сарымсак", "oeloet" → "өлөт"). */
export function transliterate(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; ) {
    // Kyrgyz ө and ү typed as "oe" and "ue" inside a word (at its end it is a Russian ending: "takoe").
    if ((word.startsWith("oe", i) || word.startsWith("ue", i)) && i + 2 < word.length) {
      out += word[i] === "o" ? "ө" : "ү";
      i += 2;
      continue;
    }
    // "ng" before a consonant or at the end is Kyrgyz ң ("jeseng", "mening").
    if (word.startsWith("ng", i) && i > 0 && !LATIN_VOWELS.has(word[i + 2] ?? "")) {
      out += "ң";
      i += 2;
      continue;
    }
    const group = LATIN_GROUPS.find(([latin]) => word.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const c = word[i]!;
    // "c" is "ц" before e, i, y ("vakcina"), else "к" ("covid").
    out += c === "c" ? ("eiy".includes(word[i + 1] ?? "") ? "ц" : "к") : (LATIN_LETTERS[c] ?? c);
    i++;
  }
  return out;
}

// ы/и, й, ё, ң, ө, ү, щ as people type them without a Kyrgyz or Russian keyboard; г/к and б/п too: Kyrgyz voices a
// final к or п before a vowel ("айык" → "айыгат", "китеп" → "китеби").
const FOLD: Record<string, string> = { ё: "е", ы: "и", й: "и", э: "е", ь: "", ъ: "", ң: "н", ө: "о", ү: "у", ә: "а", і: "и", г: "к", б: "п", щ: "ш", "’": "", "'": "", "`": "" };
const LATIN = /[a-zöüıçşñğ]/;

/** Lower case in Cyrillic: Latin words transliterated (digits inside them too), ё as е. */
export function cyrillic(word: string): string {
  const lower = word.toLowerCase();
  return (LATIN.test(lower) && !/^\d+[a-z]$/.test(lower) ? transliterate(lower) : lower.replace(/^(\d+)g$/, "$1г")).replace(/ё/g, "е");
}

/** Look-alike letters folded, doubled letters once ("Иссык" and "Ысык", "кооптуу" and "коптуу"). */
export function fold(word: string): string {
  let out = "";
  for (const c of word) {
    const f = FOLD[c] ?? c;
    if (f.length === 1 && out.endsWith(f)) continue;
    out += f;
  }
  return out;
}

/** A folded word with every vowel the same: most typos of Russian and Kyrgyz words are vowels ("каронавирус", "чиснок", "спосает"). */
export const vowelMask = (folded: string): string => folded.replace(/[аеиоуяю]/g, "а");

/** Lower case, Latin words transliterated, look-alike letters folded. */
export const foldWord = (word: string): string => fold(cyrillic(word));

/** Filler words of questions, rumours and chain messages in both languages, which say nothing about the claim. */
const words = (list: string) => list.split(" ").filter(Boolean).map(foldWord);
/** Kyrgyz filler words (also met by their stem: "адамдын", "алардын"). */
const KY_STOP = new Set(
  words(
      "жана менен бул ал ушул учун деп да дагы эмес бар мен сен биз силер алар анын болот болуп керек эч ар бир ошол же бирок чын чынбы экен " +
      "экенби дейт дешет айтышат уктум угуптурмун укканмын ырас ыраспы го ко мы бы бу ошондо андан анда мага сага бизге ага аларга кандай кантип эмне эмнеге " +
      "ооба жок адамдар киши адам алып келет кийин калат калды имиш дейби деген дешти айтат айтты айтып айтышты жатат жатышат жатышпайбы " +
      "тууралуу жөнүндө баары бардыгы баарына баарыбыз ким кимдир бирөө ошентип ошондуктан себеби анткени эгер эгерде качан азыр дайыма " +
      "салам саламатсызбы рахмат сураныч билесиңерби билгиле бөлүшкүлө жибергиле койгула кабар маалымат угуп көрдүм көрүп " +
      "жокмун жокпуз алуу алган алгандан алгандар алгандын алып алса алсаң алсам алдым алгым алам алышат алышкан алабы сделать сделал сделала сделали делать делают получить получил получила получили получат экенсиң экенсиз экенбиз экенмин калам каласың каласыз калабы калабыз жатам жатасың жатабы аракет аракеттер аракети аракетин каршы пайда кылат кылып кылган жасайт эле гана дале али мурун азыр туура туурабы чынбы ошондойбу беле экени экенин экендигин ",
  ),
);
const STOP = new Set([
  ...KY_STOP,
  ...words(
      "и в во на не ни что чо шо это как а но от до по за из к с со у о об же ли бы то так или для при все его ее их он она оно они мы вы я ты " +
      "есть был была были будет будут если уже только очень там тут вот когда даже этот эта эти это того тоже нас вас нам вам мне меня себя свои свой " +
      "кто чем чтобы без под над про после можно нужно надо который которая которые которых правда говорят говорил говорила слышал слышала пишут верно " +
      "неужели разве действительно еще да нет им ему ей всем всех вообще просто теперь сейчас всего один одна люди человек человека людей " +
      "ну вроде типа короче блин кстати значит вдруг ведь уж итак тоже также ага ок пожалуйста спасибо привет здравствуйте " +
      "сказал сказала сказали говорит пишет пишут передают узнал узнала знакомый знакомая знакомые друг подруга сосед соседка кум кума " +
      "срочно внимание важно перешлите перешли отправьте отправь поделитесь расскажите всем родным близким друзьям знайте " +
      "новость новости информация инфа факт факты данные слух слухи якобы будто мол дескать оказывается интересно " +
      "наш наша наши ваш ваша ваши мой моя мои твой твоя себе сам сама сами самые самый каждый каждая любой другой другие " +
      "где куда откуда зачем почему потому поэтому тогда сразу потом пока лишь ещё всё весь вся много мало больше меньше более менее " +
      "должен должна должны может могут мочь стать стал стала стали станет быть является являются " +
      "какой какая какое какие каких каким такой такая такое такие таких сколько скока чтоб штоб штобы щас сегодня вчера завтра год года году лет " +
      "чему кому чего чей зачем нибудь либо кого кем хочу хочет хотят знаю знает знаете знать думаю думаете кажется видимо наверное конечно точно реально вообщем вобщем короче " +
      "ребята народ люди друзья дорогие родные мама папа бабушка дедушка брат сестра муж жена мне нам " +
      // Latin-typed fillers that transliterate to none of the above
      "pravda govoryat",
  ),
]);

// ---- Kyrgyz suffixes --------------------------------------------------------

/**
 * Kyrgyz endings in folded letters (ы/и, ө/о, ү/у and г/к, б/п already one, so
 * each vowel-harmony variant is one entry: -лар/-лер/-лор/-лөр, -дан/-ден/-тан…,
 * -га/-ке/-го/-кө…), longest first. Stripped from the end again and again
 * while at least three letters stay.
 */
const KY_SUFFIXES = [
  // negative present (-бай/-пай + т), participles (-ган/-кен…), conditional 2nd person (-саң)
  "паит", "пеит", "поит", "каннин", "кан", "кен", "кон", "сан", "сен", "сон",
  // plural, genitive, ablative, locative after possessive, causative, nominaliser, "without"
  "лар", "лер", "лор", "дар", "дер", "дор", "тар", "тер", "тор",
  "нин", "нун", "дин", "дун", "тин", "тун",
  "дан", "ден", "дон", "тан", "тен", "тон", "нан", "нен", "нон",
  "нда", "нде", "ндо",
  "тир", "тур", "дир", "дур",
  "дик", "тик", "лик", "дук", "тук", "лук",
  "чу",
  // present 3rd person (-ат, -ет, -от, -йт), dative, locative, accusative, past, possessive, converb, conditional
  "ат", "ет", "от", "ит",
  "ка", "ке", "ко", "на", "не", "но",
  "да", "де", "до", "та", "те", "то",
  "ни", "ну", "ди", "ду", "ти", "ту", "си", "су", "лу",
  "ип", "уп", "са", "се", "со",
];

/** A folded Kyrgyz word without its endings ("коронавирустан" → "коронавирус", "вакцинасина" → "вакцина", "жукпаит" → "жук"). */
export function kyrgyzStem(folded: string): string {
  let w = folded;
  for (let round = 0; round < 4; round++) {
    const suffix = KY_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3);
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  // "вакцинасы|н": an accusative н left after a possessive vowel.
  return w;
}

// ---- the lexicon -------------------------------------------------------------

/** The lexicon's name for "not a concept". */
const NONE = "none";

interface LexiconEntries {
  /** Folded prefix → concept, longest first. */
  prefixes: [string, string][];
  /** Folded whole word (or Russian stem) → concept. */
  words: Map<string, string>;
  /** Kyrgyz stem → concept: "+кар" meets "карда", "карга". */
  kyrgyz: Map<string, string>;
}

const KEY_MIN = 3;

function russianKey(word: string): string {
  // Snowball reads Russian letters; a Kyrgyz word passes through it mostly unchanged.
  return fold(/[а-я]/.test(word) ? russianStem(word) : word);
}

const lexicon: LexiconEntries = (() => {
  const prefixes: [string, string][] = [];
  const words = new Map<string, string>();
  const kyrgyz = new Map<string, string>();
  for (const [concept, list] of Object.entries(CONCEPTS)) {
    for (let entry of list.split(/\s+/).filter(Boolean)) {
      // "-карта*": a word that is none of the concepts (the "none" concept is never a key).
      const name = entry.startsWith("-") ? NONE : concept;
      if (entry.startsWith("-")) entry = entry.slice(1);
      // What is none stays none, whichever concept lists a word that folds the same.
      const set = (map: Map<string, string>, key: string) => map.get(key) !== NONE && map.set(key, name);
      if (entry.endsWith("*")) prefixes.push([foldWord(entry.slice(0, -1)), name]);
      else if (entry.startsWith("+")) set(kyrgyz, kyrgyzStem(foldWord(entry.slice(1))));
      else set(words, foldWord(entry));
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return { prefixes, words, kyrgyz };
})();

/** The lexicon's whole words and prefixes (folded) with their concepts, for words people misspell. */
export const lexiconWords = (): { word: string; concept: string; prefix: boolean }[] =>
  [...[...lexicon.words].map(([word, concept]) => ({ word, concept, prefix: false })), ...lexicon.prefixes.filter(([p]) => p.length >= 4).map(([word, concept]) => ({ word, concept, prefix: true }))].filter((e) => e.concept !== NONE);

/**
 * The concept a word stands for, if the lexicon has it: the word itself or its
 * Russian stem, then the longest prefix, then a Kyrgyz root with its endings
 * ("карда" → кар), in that order ("колоться" is not "кол"). Undefined for a
 * word the lexicon says is none ("карта").
 */
export function conceptOf(folded: string, ruKey = folded, kyKey = folded): string | undefined {
  const found = lexicon.words.get(folded) ?? lexicon.words.get(ruKey) ?? lexicon.prefixes.find(([prefix]) => folded.startsWith(prefix) && prefix.length >= 2)?.[1] ?? (kyKey.length >= 2 ? lexicon.kyrgyz.get(kyKey) : undefined);
  return found === NONE ? undefined : found;
}

// ---- words -------------------------------------------------------------------

export interface Word {
  /** The word folded (for letter n-grams). */
  folded: string;
  /** What it meets in other texts: "#concept", or its Russian and Kyrgyz stems. */
  keys: string[];
}

/** Raw words of a text in lower-case Cyrillic, two-word compounds joined ("бет кап" → "беткап"). */
// Phrases and compounds folded once. Each word of a phrase may be the beginning of a word ("вышки связи",
// "вышек связи"); short ones ("не") only whole, but for the last ("бала көрө ал|байт").
const PHRASE_LIST = PHRASES.map(([list, out]) => ({ words: list.map((w, i) => ({ folded: fold(w), whole: w.length <= 2 && i < list.length - 1 })), out: out.split(" ") }));
const COMPOUND_LIST = COMPOUNDS.map(([x, y, out]) => ({ first: fold(cyrillic(x)), second: fold(cyrillic(y)), out: cyrillic(out) }));

function rawWords(text: string): string[] {
  const words = text.split(/[^\p{L}\p{N}'’`]+/u).filter(Boolean).map((w) => cyrillic(w.replace(/^['’`]+|['’`]+$/g, ""))).filter(Boolean);
  const folded = words.map(fold);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = PHRASE_LIST.find((p) => p.words.every((w, j) => folded[i + j] !== undefined && (w.whole ? folded[i + j] === w.folded : folded[i + j]!.startsWith(w.folded))));
    if (phrase) {
      out.push(...phrase.out);
      i += phrase.words.length - 1;
      continue;
    }
    const next = folded[i + 1];
    const compound = next !== undefined ? COMPOUND_LIST.find((c) => c.first === folded[i] && next.startsWith(c.second)) : undefined;
    if (compound) {
      out.push(compound.out);
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

/** The content words of a text with their keys, in order (repeats kept). */
export function analyse(text: string): Word[] {
  const out: Word[] = [];
  for (const raw of rawWords(text)) {
    let word = raw;
    let folded = fold(word);
    // "не" joined to a long word is its negation, not another topic ("непроверенная"), unless the lexicon knows the whole ("непривитые").
    if (folded.length >= 7 && folded.startsWith("не") && !folded.startsWith("нед") && !conceptOf(folded)) {
      word = word.slice(2);
      folded = folded.slice(2);
    }
    // Numbers alone ("19" of COVID-19, "10", "19га") say little about which claim it is; "5G" (5г, 5ж, 5джи) stays.
    if (folded.length < 2 || (/^\d/.test(word) && !/^\d+(г|ж|джи)$/.test(word)) || STOP.has(folded)) continue;
    const ru = russianKey(word);
    const ky = kyrgyzStem(folded);
    // A filler word with a Kyrgyz ending ("адамдын", "алардын").
    if (ky.length >= 3 && ky !== folded && KY_STOP.has(ky)) continue;
    const concept = conceptOf(folded, ru, ky);
    if (concept) {
      out.push({ folded, keys: [`#${concept}`] });
      continue;
    }
    const keys = [...new Set([ru, ky].map((k) => (k.length >= KEY_MIN ? k : folded)))];
    out.push({ folded, keys });
  }
  return out;
}

/** Each content word's first key, in order: what the message says, for checks like "is there anything to search for". */
export const stems = (text: string): string[] => analyse(text).map((w) => w.keys[0]!);

/**
 * The parts of a message that may each carry a claim: sentences, and lines of
 * a forward. Very long sentences are cut at commas and semicolons.
 */
export function sentences(text: string): string[] {
  const parts = text
    .split(/(?<=[.!?…:;])\s+|[\n\r]+|\s+[—–-]\s+/u)
    .flatMap((s) => (s.length > 120 ? s.split(/,\s+/u) : [s]))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return parts;
}
