/// Words and phrases that look like place names in news text but are not, and cue words.
///
/// Hand-curated by the RouteCheck maintainers from Indonesian and English news usage: people who are
/// often in the news, organisations, calendar words, sentence-initial function words, and titles.
/// Matching is on normalised text (see `NameNormalizer`).
enum StopLists {
    /// Multi-word names that are never places (people, organisations, bodies, media).
    static let phrases: [String] = [
        "john kirby", "mark milley", "xi jinping", "retno marsudi", "joe biden", "kim jong un", "vladimir putin",
        "sergei lavrov", "sergey lavrov",
        "sergey shoigu", "sergei shoigu", "julianne smith", "volodymyr zelensky", "antony blinken", "lloyd austin",
        "dewan keamanan pbb", "dewan keamanan nasional", "dewan keamanan", "gedung putih", "white house",
        "partai demokrat", "partai republik", "dewan perwakilan rakyat", "grup wagner", "wagner group",
        "the associated press", "associated press", "kompas tv", "kompastv", "security council",
        "national security council", "state department", "departemen luar negeri", "kementerian pertahanan",
        "ministry of defence", "ministry of defense", "kepala staf gabungan", "joint chiefs of staff",
        "channel whatsapp", "scroll to top", "baca juga", "read also",
        // measures named after people
        "skala richter", "richter scale", "magnitudo richter",
    ]

    /// Single words that are never taken as places on their own.
    static let words: Set<String> = [
        // people
        "kirby", "milley", "biden", "kim", "putin", "lavrov", "shoigu", "smith", "zelensky", "blinken", "trump",
        // organisations and media
        "nato", "pbb", "un", "kompas", "cna", "egindo", "pinusi", "era", "satuharapan", "whatsapp", "reuters",
        "kremlin", "pentagon", "uni", "eropa",
        // calendar
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april",
        "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "may", "june",
        "july", "august", "october", "december",
        // function words and common capitalised words at the start of a sentence or in titles
        "para", "dia", "hal", "namun", "sejak", "dalam", "pada", "beberapa", "badan", "pihak", "juru", "bicara",
        "duta", "besar", "menurut", "sumber", "editor", "baca", "juga", "gabung", "bagikan", "scroll", "top",
        "temuan", "tuduhan", "meskipun", "pernyataan", "ketiga", "lebih", "lanjut", "sebagai", "mereka", "kami",
        "pasukan", "jenderal", "presiden", "menteri", "intelijen", "pemerintahan", "pemerintah", "barat", "timur",
        "utara", "selatan", "the", "a", "an", "in", "on", "at", "of", "and", "but", "it", "he", "she", "they",
        "we", "this", "that", "those", "these", "there", "as", "president", "general", "minister", "korea",
        "republik", "federasi", "kota", "laut", "selat", "pelabuhan", "ada", "perluasan", "penyakit", "wakil",
        "kesehatan", "dante", "sabar", "grup", "armada", "kapal", "punya", "asam", "urat", "kolesterol", "tinggi",
        "makanan", "wajib", "dihindari", "paket", "senjata", "umumkan", "rudal", "tembakan", "infrastruktur",
        "sipil", "makin", "panas", "saling", "tembak", "perairan", "kementerian", "pertahanan", "intelijen",
        "gedung", "putih", "ketua", "kepala", "staf", "gabungan", "dewan", "keamanan", "nasional", "channel",
        "update", "berita", "terbaru", "terpercaya",
        // facility nouns that stand before a place's name ("Pangkalan Udara X", "Bandara X", "PLTN X")
        "pangkalan", "bandara", "pltn", "pltu", "kilang", "lanud",
    ]

    /// Titles: a capitalised word right after one of these names a person, not a place.
    static let titles: Set<String> = [
        "presiden", "menteri", "jenderal", "juru", "bicara", "duta", "besar", "pemimpin", "kepala", "wakil",
        "president", "minister", "general", "spokesman", "spokeswoman", "ambassador", "leader", "secretary", "mr",
        "mrs", "ms", "dr", "pak", "bu", "sdr",
    ]

    /// Lines that start with these are boilerplate (links to other stories, credits) and are skipped.
    static let boilerplateLinePrefixes: [String] = [
        "baca juga", "read also", "sumber", "editor", "gabung ke", "bagikan", "scroll to top", "source",
    ]

    /// After a line starting with one of these, the rest of the file is another story's teaser.
    static let endOfArticlePrefixes: [String] = ["editor"]
}
