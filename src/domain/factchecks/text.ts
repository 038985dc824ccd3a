// Text as the fact-check search reads it: one form for Kyrgyz and Russian,
// typed in Cyrillic or in Latin letters. Latin words are transliterated, then
// letters that people mix up or type without are folded (ё→е, ы→и, ң→нг,
// ө→о, ү→у, й→и, ь and ъ dropped), filler words are dropped and each word is
// cut to a short stem, so that word forms meet ("вакцину", "вакцинадан" →
// "вакци"); a doubled letter counts once. Pure: no database.

/** Latin letter groups to Cyrillic, longest first (Russian and Kyrgyz habits: "sh", "ch", "zh"; "j" is ж, as Kyrgyz write "jakshy"). */
const LATIN_GROUPS: [string, string][] = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["sh", "ш"],
  ["ch", "ч"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["ya", "я"],
  ["yu", "ю"],
  ["yo", "е"],
  ["ye", "е"],
];
const LATIN_LETTERS: Record<string, string> = {
  a: "а", b: "б", d: "д", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "ж", k: "к", l: "л", m: "м", n: "н", o: "о", p: "п",
  q: "к", r: "р", s: "с", t: "т", u: "у", v: "в", w: "в", x: "кс", y: "ы", z: "з", "'": "ь", "ö": "о", "ü": "у", "ı": "ы", "ç": "ч", "ş": "ш", "ñ": "нг",
};

/** One word in Latin letters written in Cyrillic ("vaktsina" → "вакцина", "sarymsak" → "сарымсак"). */
export function transliterate(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; ) {
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

// щ as ш (Latin typists write "sh"); г/к and б/п too: Kyrgyz voices a final к or п before a vowel ("айык" → "айыгат", "китеп" → "китеби").
const FOLD: Record<string, string> = { ё: "е", ы: "и", й: "и", э: "е", ь: "", ъ: "", ң: "нк", ө: "о", ү: "у", ә: "а", і: "и", г: "к", б: "п", щ: "ш", "’": "", "'": "" };

/** Lower case, Latin words transliterated, look-alike letters folded. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  const cyrillic = /[a-zöüıçşñ]/.test(lower) ? transliterate(lower) : lower;
  let out = "";
  for (const c of cyrillic) {
    const f = FOLD[c] ?? c;
    // Doubled letters count once ("Иссык" and "Ысык", "кооптуу" and "коптуу").
    if (f.length === 1 && out.endsWith(f)) continue;
    out += f;
  }
  return out;
}

/** Filler words of questions and rumours in both languages (folded), which say nothing about the claim. */
const STOP = new Set(
  (
    // Russian
    "и в во на не ни что чо это как а но от до по за из к с со у о об же ли бы то так или для при все его ее их он она оно они мы вы я ты " +
    "есть был была были будет если уже только очень там тут вот когда даже этот эта эти это того тоже нас вас нам вам мне меня себя свои свои " +
    "свой кто чем чтобы без под над про после можно нужно надо которыи которая которые правда говорят слышал слышала слишал пишут верно " +
    "ли неужели разве действительно ещё еще да нет их им ему ей всем всех вообще просто теперь сейчас всего один одна люди человек " +
    // Kyrgyz
    "жана менен бул ал ушул учун деп да дагы эмес бар мен сен биз силер алар анин болот болуп керек эч ар бир ошол же бирок чин чинби экен " +
    "экенби деит дешет аитишат уктум ирас ираспи го ко ми би бу бу ошондо андан анда мага сага бизге ага аларга кандаи кантип эмне эмнеге " +
    "ооба жок адамдар киши каршы алып келет кийин калат калды"
  )
    .split(" ")
    .map(foldWord),
);

/** Stems that name the same thing (after folding and cutting): the illness by any of its names, the vaccine and vaccinating. */
const SAME: Record<string, string> = { кови: "корон", ковид: "корон", виру: "корон", вирус: "корон", вакц: "вакци", вакцин: "вакци" };
const canonical = (st: string) => SAME[st] ?? (st.startsWith("приви") || st.startsWith("емд") ? "вакци" : st);

/**
 * Stems of what almost every rumour says happens (falls ill, catches,
 * spreads, cures, protects, kills, helps), in both languages: they weigh
 * less than the nouns that say which claim it is.
 */
const GENERIC = [
  "запол", "полеу", "полит", "лечи", "лечат", "лечен", "вилеч", "защиш", "зашиш", "зашит", "упива", "упиват", "упит", "умир", "помок", "помоч", "спаса", "спасе",
  "перед", "перен", "распр", "зараж", "зарази", "опасн", "пит", "пеит", "сдела", "делат", "мож",
  "оору", "оорук", "оорп", "жукту", "жукпа", "жуктур", "жука", "жукат", "тарат", "айикт", "айика", "айикп", "дарил", "корко", "кортоо", "олту", "олот", "сакта",
];
const GENERIC_PREFIXES = GENERIC.map(foldWord);
/** Whether a stem is one of those general verbs (or begins like one). */
export const isGeneric = (st: string): boolean => GENERIC_PREFIXES.some((g) => st.startsWith(g) || g.startsWith(st));

const VOWELS = new Set("аеиоуяю");

/**
 * A folded word's stem: 3 letters and fewer as they are; 4 and 5 letters lose
 * a last vowel (an ending: "вода", "воду" → "вод"; "маска", "маски" → "маск";
 * "перец" stays), longer ones keep 5 ("коронавирус", "коронавирустан" → "корон").
 */
export function stem(folded: string): string {
  const n = folded.length;
  if (n <= 3) return folded;
  if (n <= 5) return VOWELS.has(folded[n - 1]!) ? folded.slice(0, n - 1) : folded;
  return folded.slice(0, 5);
}

/** The stems of a text's content words, in order (repeats kept). */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}'’]+/u)) {
    if (!raw) continue;
    let w = foldWord(raw).replace(/['’]/g, "");
    // "не" joined to a long word is its negation, not another topic ("нехватка", "непривитые").
    if (w.length >= 7 && w.startsWith("не")) w = w.slice(2);
    // Numbers alone ("19" of COVID-19, "10") say little about which claim it is; "5г" stays.
    if (w.length < 2 || /^\d+$/.test(w) || STOP.has(w)) continue;
    out.push(canonical(stem(w)));
  }
  return out;
}
