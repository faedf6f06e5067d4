import RouteCheckGazetteer
import RouteCheckGeo

/// Reads distance, route, placement and event claims out of sentences, in Indonesian and English.
/// Rules, not a statistical model: each rule is listed with its cue words below and in the README.
struct ClaimExtractor {
    let text: ArticleText
    let tokens: [Token]
    let sentences: [TextSpan]
    let mentions: [PlaceMention]

    static let directions: [(words: [String], direction: CompassDirection)] = [
        (["barat", "daya"], .southWest), (["barat", "laut"], .northWest), (["timur", "laut"], .northEast),
        (["tenggara"], .southEast), (["utara"], .north), (["selatan"], .south), (["timur"], .east), (["barat"], .west),
        (["south-west"], .southWest), (["southwest"], .southWest), (["southwestern"], .southWest),
        (["south-western"], .southWest), (["north-west"], .northWest), (["northwest"], .northWest),
        (["northwestern"], .northWest), (["north-east"], .northEast), (["northeast"], .northEast),
        (["northeastern"], .northEast), (["south-east"], .southEast), (["southeast"], .southEast),
        (["southeastern"], .southEast), (["north"], .north), (["northern"], .north), (["south"], .south),
        (["southern"], .south), (["east"], .east), (["eastern"], .east), (["west"], .west), (["western"], .west),
    ]
    static let modeCues: [(words: [String], mode: TransportMode)] = [
        (["kereta", "api"], .rail), (["by", "rail"], .rail), (["rail"], .rail), (["railway"], .rail),
        (["train"], .rail),
        (["trains"], .rail), (["laut"], .sea), (["by", "sea"], .sea), (["kapal"], .sea), (["ship"], .sea),
        (["ships"], .sea), (["sea"], .sea), (["truk"], .road), (["darat"], .road), (["road"], .road),
        (["truck"], .road),
        (["trucks"], .road), (["udara"], .air), (["pesawat"], .air), (["air"], .air), (["plane"], .air),
    ]
    static let shippingVerbs: Set<String> = [
        "dikirim", "diangkut", "diekspor", "dikirimkan", "mengirim", "mengirimkan", "shipped", "sent", "transported",
        "moved", "delivered", "exported", "carried",
    ]
    static let thenCues: Set<String> = ["kemudian", "lalu", "selanjutnya", "then", "later", "subsequently", "onward"]

    /// Token index → index in `mentions` of the mention starting (or ending) at that token.
    let mentionAtStart: [Int: Int]
    let mentionAtEnd: [Int: Int]
    /// First and last token of each mention.
    let mentionTokens: [(first: Int, last: Int)]
    /// Token index by the text offset where the token starts.
    let tokenAt: [Int: Int]
    /// Token range of each sentence.
    let sentenceTokens: [Range<Int>]
    /// Coordinates written in the text, in text order.
    let coordinates: [InTextCoordinate]
    /// Per sentence: whether it names an event located by coordinates ("gempa", "epicentre").
    let namesCoordinateEvent: [Bool]
    /// The capital of a country (ISO alpha-2), for "the capital" / "ibu kota" with no name after it.
    let capitalOf: @Sendable (String) -> GazetteerCandidate?
    /// The city a city-state's name stands for as a reference (see `Gazetteer.cityStateCapital(of:)`), else nil.
    let cityStateCapitalOf: @Sendable (String) -> GazetteerCandidate?

    /// The most distance claims read from one article (an article of a few thousand words has a few dozen);
    /// beyond it the rest are not read, so a pathological input cannot make unbounded output.
    static let maximumDistanceClaims = 500
    /// How far back (in tokens) a subject is looked for within its sentence.
    static let subjectLookBack = 60

    init(
        text: ArticleText, tokens: [Token], sentences: [TextSpan], mentions: [PlaceMention],
        capitalOf: @escaping @Sendable (String) -> GazetteerCandidate? = { _ in nil },
        cityStateCapitalOf: @escaping @Sendable (String) -> GazetteerCandidate? = { _ in nil }
    ) {
        self.cityStateCapitalOf = cityStateCapitalOf
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.capitalOf = capitalOf
        // One pass over tokens and mentions (both in text order): linear in the article's length.
        var atStart: [Int: Int] = [:], atEnd: [Int: Int] = [:], ranges: [(Int, Int)] = []
        var t = 0
        for (m, mention) in mentions.enumerated() {
            while t < tokens.count, tokens[t].span.start < mention.span.start { t += 1 }
            var last = t
            while last + 1 < tokens.count, tokens[last + 1].span.end <= mention.span.end { last += 1 }
            if t < tokens.count {
                atStart[t] = m
                atEnd[last] = m
            }
            ranges.append((t, last))
        }
        mentionAtStart = atStart
        mentionAtEnd = atEnd
        mentionTokens = ranges
        var starts: [Int: Int] = [:]
        for (index, token) in tokens.enumerated() { starts[token.span.start] = index }
        tokenAt = starts
        var sentenceRanges: [Range<Int>] = []
        var cursor = 0
        for sentence in sentences {
            while cursor < tokens.count, tokens[cursor].span.start < sentence.start { cursor += 1 }
            var end = cursor
            while end < tokens.count, tokens[end].span.start < sentence.end { end += 1 }
            sentenceRanges.append(cursor..<end)
            cursor = end
        }
        sentenceTokens = sentenceRanges
        coordinates = InTextCoordinateReader.read(tokens)
        namesCoordinateEvent = sentenceRanges.map { range in
            range.contains { ClaimLexicon.coordinateEventWords.contains(tokens[$0].lowercased) }
        }
    }

    // MARK: Helpers

    /// Mentions wholly inside a token range, in text order.
    func mentions(in range: Range<Int>) -> [PlaceMention] {
        mentionIndexes(in: range).map { mentions[$0] }
    }

    func mentionIndexes(in range: Range<Int>) -> [Int] {
        guard !range.isEmpty else { return [] }
        // Binary search for the first mention starting at or after the range.
        var low = 0, high = mentionTokens.count
        while low < high {
            let mid = (low + high) / 2
            if mentionTokens[mid].first < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var result: [Int] = []
        var m = low
        while m < mentionTokens.count, mentionTokens[m].first < range.upperBound {
            if mentionTokens[m].last < range.upperBound { result.append(m) }
            m += 1
        }
        return result
    }

    func mentionStarting(at index: Int) -> PlaceMention? {
        mentionAtStart[index].map { mentions[$0] }
    }

    /// Index in `mentions` of a mention, by where it starts (O(1)).
    func position(of mention: PlaceMention) -> Int? {
        guard let t = tokenAt[mention.span.start], let m = mentionAtStart[t], mentions[m].span == mention.span else {
            return nil
        }
        return m
    }

    func tokenIndex(after mention: PlaceMention) -> Int {
        if let m = position(of: mention) { return mentionTokens[m].last + 1 }
        return tokens.firstIndex { $0.span.start >= mention.span.end } ?? tokens.count
    }

    /// The token indexes from `lower` up to `upper` (excluded); empty, never a trap, when `upper` is not above
    /// `lower` (a mention carried from an earlier sentence, a window past the sentence's end).
    static func tokens(from lower: Int, to upper: Int) -> Range<Int> {
        lower..<max(lower, upper)
    }

    func tokenIndex(of mention: PlaceMention) -> Int {
        if let m = position(of: mention) { return mentionTokens[m].first }
        return tokens.firstIndex { $0.span.start >= mention.span.start } ?? tokens.count
    }

    func matches(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= tokens.count else { return false }
        return words.indices.allSatisfy { tokens[index + $0].lowercased == words[$0] }
    }

    func word(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].lowercased : nil }

    func isCountry(_ mention: PlaceMention) -> Bool { mention.resolved?.kind == .country }

    func isPointLike(_ mention: PlaceMention) -> Bool {
        guard let kind = mention.resolved?.kind else { return false }
        return [.capital, .city, .town, .port, .airport, .facility, .island, .district, .subdistrict, .coordinates]
            .contains(kind)
    }

    // MARK: Extraction

    func claims() -> [Claim] {
        var result: [Claim] = []
        var lastDestination: PlaceMention?
        var lastOrigin: PlaceMention?
        var distanceCount = 0
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let range = sentenceTokens[sentenceIndex]
            let sentenceText = Self.excerpt(text[sentence])
            func claim(_ payload: Claim.Payload) {
                result.append(Claim(payload: payload, sentenceSpan: sentence, sentenceText: sentenceText))
            }
            if distanceCount < Self.maximumDistanceClaims {
                for distance in distances(in: range, sentence: sentenceIndex).prefix(
                    Self.maximumDistanceClaims - distanceCount)
                {
                    claim(.distance(distance))
                    distanceCount += 1
                }
            }
            if let route = route(in: range, lastDestination: lastDestination, lastOrigin: lastOrigin) {
                claim(.route(route))
                lastDestination = route.legs.last?.to
            } else if let origin = origin(in: range) {
                lastOrigin = origin
            }
            for placement in placements(in: range) { claim(.placement(placement)) }
            if let event = event(in: range) { claim(.event(event)) }
        }
        return result
    }

    /// The longest sentence text kept with a claim (characters): a "sentence" of a run-on page is cut, so
    /// output stays proportional to the claims, not to claims × sentence length.
    static let maximumSentenceCharacters = 1_000

    static func excerpt(_ sentence: String) -> String {
        sentence.count <= maximumSentenceCharacters
            ? sentence : String(sentence.prefix(maximumSentenceCharacters)) + "…"
    }

    // MARK: Distances

    /// Distance figures: [hedge] number [range] unit [(conversion)] [direction] [of|dari|from] reference.
    /// Each figure is paired with the reference right after it; its subject is found by
    /// ``subject(before:referenceEnd:in:sentence:reference:used:leadEnd:)``.
    func distances(in range: Range<Int>, sentence: Int) -> [DistanceClaim] {
        var found: [DistanceClaim] = []
        var usedReferences: Set<Int> = []
        var firstFigureAt: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            guard let figure = figure(at: index, in: range) else {
                index += 1
                continue
            }
            if isSize(before: index, lowerBound: range.lowerBound)
                || word(figure.end).map(ClaimLexicon.sizeAdjectivesAfter.contains) == true
            {
                index = figure.end
                continue
            }
            var (reference, direction, referenceEnd) = reference(after: figure.end, in: range)
            let leadEnd = firstFigureAt ?? index
            firstFigureAt = leadEnd
            var subject = subject(
                before: index, referenceEnd: referenceEnd, in: range, sentence: sentence,
                reference: reference, used: usedReferences, leadEnd: leadEnd)
            // "jarak A ke B … 45 mil laut", "the distance from A to B was 299 km": both places before the figure.
            if case .unknown = reference, let pair = distancePhrase(before: index, in: range) {
                subject = Located(mention: pair.subject, rule: .distancePhrase)
                reference = pair.reference.map { isCountry($0) ? borderReference($0) : .place($0) } ?? .unknown
            }
            // "Kinmen is close to the mainland, only 10 km": the reference named before the figure, after a word of
            // nearness; the subject is then the place before that word.
            if case .unknown = reference, let (near, nearWord) = proximityReference(before: index, in: range) {
                reference = near
                subject = self.subject(
                    before: nearWord, referenceEnd: referenceEnd, in: range, sentence: sentence,
                    reference: near, used: usedReferences, leadEnd: min(leadEnd, nearWord))
            }
            // A direction with its reference left out ("X, located eight kilometres to the south, …"): from the place
            // the text was about just before, the last point-like place of the two sentences before this one.
            if case .unknown = reference, direction != nil, let subjectMention = subject?.mention,
                referenceEnd >= range.upperBound || tokens[referenceEnd].kind == .punctuation,
                let elided = elidedReference(sentence: sentence, excluding: subjectMention)
            {
                reference = .place(elided)
            }
            // References that need the subject's country: "the capital", "the border", "perbatasan mereka".
            reference = resolveContextual(reference, subject: subject?.mention, figureAt: index)
            // "near Ryazan, south-east of Moscow, … 180 km from the capital": once the capital is known to be the
            // place taken as the subject, the subject is the place before it.
            if case .place(let resolvedReference) = reference, let id = resolvedReference.resolved?.id,
                subject?.mention.resolved?.id == id, subject?.rule == .beforeFigure,
                let again = self.subject(
                    before: index, referenceEnd: referenceEnd, in: range, sentence: sentence,
                    reference: reference, used: usedReferences, leadEnd: leadEnd),
                again.mention.resolved?.id != id
            {
                subject = again
            }
            if case .place(let mention) = reference, let m = position(of: mention) { usedReferences.insert(m) }
            if case .border(_, let mention?) = reference, let m = position(of: mention) { usedReferences.insert(m) }
            if case .interior(_, let mention?) = reference, let m = position(of: mention) { usedReferences.insert(m) }
            let subjectMention = subject?.mention
            found.append(
                DistanceClaim(
                    value: Length(figure.value, figure.unit), writtenValue: figure.value,
                    upperValue: figure.upper.map { Length($0, figure.unit) }, unit: figure.unit,
                    numberText: figure.numberText,
                    qualifier: qualifier(before: index, lowerBound: range.lowerBound), conversion: figure.conversion,
                    subject: subjectMention, reference: reference, direction: direction,
                    figureSpan: TextSpan(start: tokens[index].span.start, end: tokens[figure.end - 1].span.end),
                    precision: Length(figure.precision, figure.unit),
                    subjectRule: subject?.rule, subjectIsNear: subjectMention.map(isNear) ?? false,
                    subjectIsRegion: subjectMention.map(isRegionMarked) ?? false,
                    isTravelDistance: isTravel(
                        figure: index, end: figure.end, sentence: sentence,
                        distancePhrase: subject?.rule == .distancePhrase)))
            index = max(figure.end, referenceEnd)
        }
        return found
    }

    /// How many words an alternative measure between a figure and its reference may take ("atau 15 menit
    /// pelayaran").
    static let alternativeMeasureLength = 4

    /// How many words may stand between a proximity phrase's reference and its figure ("close to the Chinese *coast,
    /// only some* 10 km").
    static let proximityGap = 4

    /// A reference named before the figure at `index` after a word of nearness, with that word's index: "dekat
    /// dengan daratan China, hanya 10 kilometer", "close to the border, just 5 km". The word, up to three links or
    /// place prefixes, the name (a country means its border), then at most ``proximityGap`` words that are not
    /// names or figures ("only", "hanya", a comma) before the figure.
    func proximityReference(before index: Int, in range: Range<Int>) -> (DistanceReference, Int)? {
        var gapStart = index
        while gapStart > range.lowerBound, index - gapStart < Self.proximityGap,
            tokens[gapStart - 1].kind != .number, mentionAtEnd[gapStart - 1] == nil
        {
            gapStart -= 1
        }
        guard gapStart > range.lowerBound, let m = mentionAtEnd[gapStart - 1] else { return nil }
        var cursor = mentionTokens[m].first
        var skipped = 0
        while cursor > range.lowerBound, skipped < 3, let word = word(cursor - 1),
            ClaimLexicon.referenceLinks.contains(word) || ClaimLexicon.placePrefixes.contains(word)
                || ClaimLexicon.distanceJoiners.contains(word)
        {
            cursor -= 1
            skipped += 1
        }
        guard cursor > range.lowerBound, let word = word(cursor - 1), ClaimLexicon.proximityWords.contains(word)
        else { return nil }
        let mention = mentions[m]
        return (isCountry(mention) ? borderReference(mention) : .place(mention), cursor - 1)
    }

    /// How many words either side of a figure a travel word makes it a distance travelled ("drove 95 km",
    /// "95 km by road", "menempuh 95 km").
    static let travelWindow = 3

    /// Whether the figure at tokens `index..<end` of sentence `sentence` is a distance travelled: a travel word
    /// within ``travelWindow`` words of it, or, when the sentence states "the distance from A to B", one before the
    /// figure in its sentence ("the drive from A to B", "perjalanan darat dari A ke B") or in the sentence before
    /// ("… drove to Y. The distance from X to Y was 299 km."). A travel word elsewhere in the sentence says how
    /// something went, not what the figure measures ("shipped by rail to a depot near X, 290 km from the border").
    func isTravel(figure index: Int, end: Int, sentence: Int, distancePhrase: Bool) -> Bool {
        let range = sentenceTokens[sentence]
        let travel = { (token: Int) in ClaimLexicon.travelWords.contains(self.tokens[token].lowercased) }
        let around = Self.tokens(
            from: max(range.lowerBound, index - Self.travelWindow), to: min(range.upperBound, end + Self.travelWindow))
        if around.contains(where: travel) { return true }
        guard distancePhrase else { return false }
        return Self.tokens(from: range.lowerBound, to: index).contains(where: travel)
            || (sentence > 0 && sentenceTokens[sentence - 1].contains(where: travel))
    }

    /// Whether a size noun stands within the three words before a figure ("kedalaman 10 km", "a depth of 10 km");
    /// see also ``ClaimLexicon/sizeAdjectivesAfter``.
    func isSize(before index: Int, lowerBound: Int) -> Bool {
        Self.tokens(from: max(lowerBound, index - 3), to: index).contains {
            ClaimLexicon.sizeNouns.contains(tokens[$0].lowercased)
        }
    }

    /// A figure with its unit: value in the unit as written, precision in the same unit, first token after it.
    struct Figure {
        let value: Double
        let upper: Double?
        let unit: LengthUnit
        let precision: Double
        let numberText: String
        let conversion: (value: Length, unit: LengthUnit, writtenValue: Double)?
        let end: Int
    }

    /// The largest figure read as a distance on the Earth (100,000 km, two and a half times round it).
    static let maximumFigure = Length.kilometers(100_000)

    func figure(at index: Int, in range: Range<Int>) -> Figure? {
        guard let number = NumberParser.reading(tokens, at: index) else { return nil }
        var cursor = index + number.count
        var value = number.value, precision = number.precision
        var upper: Double?
        // Ranges: "280-300 km", "280 hingga 300 km", "antara 280 dan 300 km".
        if cursor + 1 < range.upperBound,
            ["-", "–", "hingga", "sampai", "to", "dan", "and"].contains(tokens[cursor].lowercased),
            let second = NumberParser.reading(tokens, at: cursor + 1),
            cursor + 1 + second.count < range.upperBound, lengthUnit(at: cursor + 1 + second.count) != nil,
            second.value > number.value
        {
            upper = second.value
            cursor += 1 + second.count
        }
        guard cursor < range.upperBound, let (unit, unitLength, extra) = lengthUnit(at: cursor) else { return nil }
        if extra > 0 {
            value += extra
            precision = 0.25
        }
        cursor += unitLength
        let meters = value * unit.metersPerUnit
        guard meters.isFinite, meters > 0, meters <= Self.maximumFigure.meters else { return nil }
        // Parenthetical conversion "(290 km)", "(45,8 mil)".
        var conversion: (Length, LengthUnit, Double)?
        if cursor < range.upperBound, tokens[cursor].text == "(",
            let inner = NumberParser.reading(tokens, at: cursor + 1),
            let (innerUnit, innerLength, innerExtra) = lengthUnit(at: cursor + 1 + inner.count),
            cursor + 1 + inner.count + innerLength < range.upperBound,
            tokens[cursor + 1 + inner.count + innerLength].text == ")"
        {
            let written = inner.value + innerExtra
            conversion = (Length(written, innerUnit), innerUnit, written)
            cursor += 2 + inner.count + innerLength
        }
        return Figure(
            value: value, upper: upper, unit: unit, precision: precision, numberText: tokens[index].text,
            conversion: conversion, end: cursor)
    }

    /// The unit at `index`, how many tokens it uses, and a half to add ("a mile-and-a-half").
    func lengthUnit(at index: Int) -> (LengthUnit, Int, Double)? {
        guard let word = word(index) else { return nil }
        if word == "mil", matches(["laut"], at: index + 1) { return (.nauticalMiles, 2, 0) }
        if word == "nautical", let next = self.word(index + 1), ["mile", "miles"].contains(next) {
            return (.nauticalMiles, 2, 0)
        }
        if let unit = ClaimLexicon.units[word] { return (unit, 1, 0) }
        for suffix in ["-and-a-half", "-setengah"] where word.hasSuffix(suffix) {
            if let unit = ClaimLexicon.units[String(word.dropLast(suffix.count))] { return (unit, 1, 0.5) }
        }
        return nil
    }

    func qualifier(before index: Int, lowerBound: Int) -> Qualifier {
        var start = index
        if start > lowerBound, ["antara", "between"].contains(tokens[start - 1].lowercased) { start -= 1 }
        for (words, qualifier) in ClaimLexicon.hedgesLongestFirst
        where start - words.count >= lowerBound && matches(words, at: start - words.count) {
            return qualifier
        }
        return .none
    }

    // MARK: References

    /// What the figure is measured from, read right after it: an optional direction ("north-east of",
    /// "barat-barat daya", "SSE of", "sebelah utara"), link words, then a border phrase, a capital, or a
    /// place (administrative and settlement prefixes skipped). Returns the reference, the direction and the
    /// first token after the reference.
    func reference(after start: Int, in range: Range<Int>) -> (DistanceReference, CompassPoint?, Int) {
        var cursor = start
        var direction: CompassPoint?
        var links = 0
        while cursor < range.upperBound, links < 4 {
            // A compass word that begins a name is the name ("from the North Korean border", "dari Timor Leste").
            if direction == nil, let (point, length) = compassPoint(at: cursor),
                mentionAtStart[cursor].map({ mentionTokens[$0].last < cursor + length }) ?? true
            {
                direction = point
                cursor += length
                continue
            }
            guard let word = word(cursor) else { break }
            // "27 km atau 15 menit pelayaran dari X": another measure of the same way, up to the link after it.
            if ClaimLexicon.alternativeWords.contains(word), cursor + 1 < range.upperBound,
                tokens[cursor + 1].kind == .number
            {
                var probe = cursor + 2
                while probe < range.upperBound, probe - cursor <= Self.alternativeMeasureLength,
                    mentionAtStart[probe] == nil, tokens[probe].kind != .number,
                    let next = self.word(probe), !ClaimLexicon.referenceLinks.contains(next)
                {
                    probe += 1
                }
                guard probe < range.upperBound, let next = self.word(probe),
                    ClaimLexicon.referenceLinks.contains(next)
                else { break }
                cursor = probe
                continue
            }
            guard ClaimLexicon.referenceLinks.contains(word) else { break }
            cursor += 1
            links += 1
        }
        guard cursor < range.upperBound else { return (.unknown, direction, cursor) }
        // "124 km inside Pakistan", "1.000 km ke dalam wilayah Rusia": inward from that country's edge.
        if let word = word(cursor), ClaimLexicon.interiorWords.contains(word) {
            var probe = cursor + 1
            while probe < range.upperBound, probe - cursor <= 3, mentionAtStart[probe] == nil,
                let next = self.word(probe), ClaimLexicon.interiorFillers.contains(next)
            {
                probe += 1
            }
            if probe < range.upperBound, let m = mentionAtStart[probe], isCountry(mentions[m]),
                let code = mentions[m].resolved?.countryCode
            {
                return (.interior(country: code, mention: mentions[m]), direction, mentionTokens[m].last + 1)
            }
        }
        if let phrase = ClaimLexicon.frontLinePhrases.first(where: { matches($0, at: cursor) }) {
            return (.frontLine, direction, cursor + phrase.count)
        }
        if let (reference, end) = borderPhrase(at: cursor, in: range) { return (reference, direction, end) }
        if let (reference, end) = capitalPhrase(at: cursor, in: range) { return (reference, direction, end) }
        var probe = cursor
        while probe < range.upperBound, probe - cursor < 3, mentionAtStart[probe] == nil,
            let word = word(probe), ClaimLexicon.placePrefixes.contains(word) || word == "."
        {
            probe += 1
        }
        if let m = mentionAtStart[probe] {
            var mention = mentions[m]
            let end = mentionTokens[m].last + 1
            // "Kota Gaza", "the city of X": a settlement word asks for the town, not a region of the same name.
            // Without one, a distance is still measured to a point: an area's town of the same name in the same
            // country stands for it ("30 km from Gaza" is Gaza City, not the Strip's middle).
            let settlementWord = (cursor..<probe).contains {
                ClaimLexicon.settlementWords.contains(tokens[$0].lowercased)
            }
            if !isPointLike(mention), let area = mention.resolved,
                settlementWord || [.region, .province].contains(area.kind),
                let town = mention.candidates.first(where: {
                    [.capital, .city, .town, .port].contains($0.kind)
                        && (settlementWord || $0.countryCode == area.countryCode)
                })
            {
                mention = PlaceMention(
                    span: mention.span, text: mention.text, resolved: town, candidates: mention.candidates,
                    score: town.score, evidence: settlementWord ? "settlement word" : "town of the area's name",
                    sentence: mention.sentence, followsNearCue: mention.followsNearCue)
            }
            // A country named with a border word after it is caught by `borderPhrase`; a country alone as the
            // reference means its border ("25 miles from Russia", "dari Ukraina"), a city-state's name its city
            // ("27 km dari Singapura").
            if isCountry(mention), let code = mention.resolved?.countryCode, let city = cityStateCapitalOf(code) {
                mention = PlaceMention(
                    span: mention.span, text: mention.text, resolved: city, candidates: mention.candidates,
                    score: city.score, evidence: "city-state", sentence: mention.sentence,
                    followsNearCue: mention.followsNearCue)
                return (.place(mention), direction, end)
            }
            if isCountry(mention) { return (borderReference(mention), direction, end) }
            return (.place(mention), direction, end)
        }
        return (.unknown, direction, cursor)
    }

    func borderReference(_ country: PlaceMention) -> DistanceReference {
        guard let code = country.resolved?.countryCode else { return .unknown }
        return .border(country: code, mention: country)
    }

    /// "perbatasan Ukraina", "perbatasan dengan Ukraina", "the border with Pakistan", "the Ukrainian border",
    /// "Ukraine's border", "the Pakistan border", "perbatasan mereka", "the border" (country from context).
    func borderPhrase(at start: Int, in range: Range<Int>) -> (DistanceReference, Int)? {
        var cursor = start
        // Country before the border word: "Ukraine's border", "the Ukrainian border", "Pakistan border".
        if let m = mentionAtStart[cursor], isCountry(mentions[m]) {
            let after = mentionTokens[m].last + 1
            if let word = word(after), ClaimLexicon.borderWords.contains(word) {
                return (borderReference(mentions[m]), after + 1)
            }
            return nil
        }
        guard let word = word(cursor), ClaimLexicon.borderWords.contains(word) else { return nil }
        cursor += 1
        if let next = self.word(cursor), ClaimLexicon.borderWith.contains(next) { cursor += 1 }
        var probe = cursor
        if let next = self.word(probe), next == "negara" || next == "the" { probe += 1 }
        if probe < range.upperBound, let m = mentionAtStart[probe], isCountry(mentions[m]) {
            return (borderReference(mentions[m]), mentionTokens[m].last + 1)
        }
        // No country named: from context, resolved with the subject (see `resolveContextual`).
        if let next = self.word(cursor), ClaimLexicon.borderPossessives.contains(next) { cursor += 1 }
        return (.border(country: Self.contextualCountry, mention: nil), cursor)
    }

    /// A placeholder country code for "the border" with no country named; replaced by `resolveContextual`.
    static let contextualCountry = "?border"
    static let contextualCapital = "?capital"

    /// "ibu kota Seoul", "ibukota Provinsi Bengkulu", "the capital" (of the country in context).
    func capitalPhrase(at start: Int, in range: Range<Int>) -> (DistanceReference, Int)? {
        guard let words = ClaimLexicon.capitalWords.first(where: { matches($0, at: start) }) else { return nil }
        var cursor = start + words.count
        var probe = cursor
        while probe < range.upperBound, probe - cursor < 3, mentionAtStart[probe] == nil,
            let word = word(probe), ClaimLexicon.placePrefixes.contains(word) || word == "negara"
        {
            probe += 1
        }
        if probe < range.upperBound, let m = mentionAtStart[probe], !isCountry(mentions[m]) {
            return (.place(mentions[m]), mentionTokens[m].last + 1)
        }
        if probe < range.upperBound, let m = mentionAtStart[probe], isCountry(mentions[m]) {
            // "the capital of Russia" / "ibu kota Rusia": that country's capital.
            cursor = mentionTokens[m].last + 1
            let code = mentions[m].resolved?.countryCode ?? Self.contextualCapital
            return (
                capitalReference(
                    code: code, span: TextSpan(start: tokens[start].span.start, end: tokens[cursor - 1].span.end)),
                cursor
            )
        }
        let span = TextSpan(start: tokens[start].span.start, end: tokens[cursor - 1].span.end)
        return (
            .border(country: Self.contextualCapital, mention: PlaceMention.placeholder(span: span, text: text[span])),
            cursor
        )
    }

    func capitalReference(code: String, span: TextSpan) -> DistanceReference {
        guard code != Self.contextualCapital, let capital = capitalOf(code) else {
            return .border(
                country: Self.contextualCapital, mention: PlaceMention.placeholder(span: span, text: text[span]))
        }
        return .place(
            PlaceMention(
                span: span, text: text[span], resolved: capital, candidates: [capital], score: capital.score,
                evidence: "capital of \(code)", sentence: 0, followsNearCue: false))
    }

    /// Fills in "the border" and "the capital" from the subject's country (or the country the article names
    /// nearest before the figure): the border is the nearest other country named in the article.
    func resolveContextual(
        _ reference: DistanceReference, subject: PlaceMention?, figureAt index: Int
    ) -> DistanceReference {
        guard case .border(let code, let mention) = reference, code.hasPrefix("?") else { return reference }
        let subjectCountry = subject?.resolved?.countryCode
        let position = tokens[index].span.start
        // Countries named in the article, nearest to the figure first.
        let countries = mentions.filter(isCountry).sorted {
            abs($0.span.start - position) < abs($1.span.start - position)
        }
        if code == Self.contextualCapital {
            guard let country = subjectCountry ?? countries.first?.resolved?.countryCode,
                let span = mention?.span
            else { return .unknown }
            let resolved = capitalReference(code: country, span: span)
            if case .place = resolved { return resolved }
            return .unknown
        }
        guard let other = countries.first(where: { $0.resolved?.countryCode != subjectCountry }),
            let otherCode = other.resolved?.countryCode
        else { return .unknown }
        return .border(country: otherCode, mention: nil)
    }

    /// The place a directional figure without a reference is measured from: the last point-like place named
    /// before the subject, in its sentence or the two sentences before, other than the subject.
    func elidedReference(sentence: Int, excluding subject: PlaceMention) -> PlaceMention? {
        // Empty when the subject was carried from before that window.
        let earlier = Self.tokens(from: sentenceTokens[max(0, sentence - 2)].lowerBound, to: tokenIndex(of: subject))
        return mentionIndexes(in: earlier).map { mentions[$0] }.last {
            isPointLike($0) && $0.resolved?.id != subject.resolved?.id
        }
    }

    /// "jarak (Pulau) Miangas ke Kota Davao …", "the distance from Pontianak to Entikong …": the first place
    /// after the distance noun is the subject, the one after "ke/to/dan/and" the reference.
    func distancePhrase(before index: Int, in range: Range<Int>) -> (subject: PlaceMention, reference: PlaceMention?)? {
        let start = max(range.lowerBound, index - 30)
        guard let noun = (start..<index).last(where: { ClaimLexicon.distanceNouns.contains(tokens[$0].lowercased) })
        else { return nil }
        let here = mentionIndexes(in: (noun + 1)..<index)
        var subject: PlaceMention?
        var reference: PlaceMention?
        for m in here {
            let first = mentionTokens[m].first
            let joined = (max(noun + 1, first - 3)..<first).contains {
                ClaimLexicon.distanceJoiners.contains(tokens[$0].lowercased)
            }
            if subject == nil, !joined {
                subject = mentions[m]
            } else if joined, reference == nil {
                reference = mentions[m]
            }
        }
        if subject == nil, let reference {
            // "jarak ke Manado sejauh 274 mil laut": the subject of an earlier distance phrase in the sentence.
            if let earlier = distancePhrase(before: noun, in: range)?.subject { return (earlier, reference) }
            return nil
        }
        guard let subject else { return nil }
        return (subject, reference)
    }

    // MARK: Directions

    /// Base direction words and their azimuths (Indonesian and English).
    static let compassWords: [(words: [String], azimuth: Double)] = [
        (["barat", "daya"], 225), (["barat", "laut"], 315), (["timur", "laut"], 45), (["tenggara"], 135),
        (["utara"], 0), (["selatan"], 180), (["timur"], 90), (["barat"], 270),
        (["north"], 0), (["south"], 180), (["east"], 90), (["west"], 270), (["northern"], 0), (["southern"], 180),
        (["eastern"], 90), (["western"], 270), (["northeast"], 45), (["northwest"], 315), (["southeast"], 135),
        (["southwest"], 225), (["northeastern"], 45), (["northwestern"], 315), (["southeastern"], 135),
        (["southwestern"], 225),
    ]

    /// A direction at `index`: "south-south-east", "SSE", "barat-barat daya", "north-east", "arah tenggara" is
    /// handled by the caller's link words. Returns the 16-point compass point and the tokens used.
    func compassPoint(at index: Int) -> (CompassPoint, Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        // Abbreviations in capitals ("SSE", "NE", "WNW") followed by "of".
        if token.text.count <= 3, token.text == token.text.uppercased(), token.text.allSatisfy({ "NSEW".contains($0) }),
            matches(["of"], at: index + 1),
            let point = CompassPoint.allCases.first(where: { $0.abbreviation == token.text })
        {
            return (point, 1)
        }
        // Hyphenated: "north-east", "south-south-east", "barat-barat" + "daya", "south-western".
        let parts = token.lowercased.split(separator: "-").map(String.init)
        if parts.count > 1 {
            var azimuths: [Double] = []
            for (offset, part) in parts.enumerated() {
                let next = offset == parts.count - 1 ? word(index + 1) : nil
                if let next, let two = Self.compassWords.first(where: { $0.words == [part, next] }) {
                    azimuths.append(two.azimuth)
                    return combine(azimuths).map { ($0, 2) }
                }
                guard let one = Self.compassWords.first(where: { $0.words == [part] || $0.words == [part + "ern"] })
                else { return nil }
                azimuths.append(one.azimuth)
            }
            return combine(azimuths).map { ($0, 1) }
        }
        for (words, azimuth) in Self.compassWords where matches(words, at: index) {
            // "barat barat daya" (without the hyphen): a cardinal word before an intercardinal one.
            if words.count == 1, let (next, used) = compassPoint(at: index + 1),
                used == 2 || next.azimuth.truncatingRemainder(dividingBy: 90) != 0,
                abs(wrapLongitude(next.azimuth - azimuth)) == 45
            {
                return combine([azimuth, next.azimuth]).map { ($0, 1 + used) }
            }
            return CompassPoint(azimuth: azimuth).map { ($0, words.count) }
        }
        return nil
    }

    /// Joins compass parts: "north" + "east" → north-east; "south" + "south-east" → south-south-east.
    func combine(_ azimuths: [Double]) -> CompassPoint? {
        switch azimuths.count {
        case 1: return CompassPoint(azimuth: azimuths[0])
        case 2:
            let a = azimuths[0], b = azimuths[1]
            let difference = wrapLongitude(b - a)
            guard abs(difference) == 90 || abs(difference) == 45 else { return nil }
            return CompassPoint(azimuth: a + difference / 2)
        case 3:
            guard let tail = combine(Array(azimuths.dropFirst())) else { return nil }
            return combine([azimuths[0], tail.azimuth])
        default: return nil
        }
    }

    // MARK: Subjects

    /// Where a subject was found, kept as evidence of the reading.
    struct Located {
        let mention: PlaceMention
        let rule: SubjectRule
    }

    /// The place being located, in this order:
    /// 1. coordinates written in the same sentence, or earlier when the sentence names an earthquake or its
    ///    location ("gempa", "epicentre", "titik ini");
    /// 2. the nearest point-like place before the figure in its sentence that is not another figure's
    ///    reference (a name marked as a region — "Kaluga Oblast", "wilayah Pskov" — only if nothing else);
    /// 3. the first point-like place after the reference in the sentence ("Barely 40 km from the border, the
    ///    X air base …");
    /// 4. the last point-like place of the two sentences before ("The town lies some 20 km …").
    func subject(
        before index: Int, referenceEnd: Int, in range: Range<Int>, sentence: Int,
        reference: DistanceReference, used: Set<Int>, leadEnd: Int
    ) -> Located? {
        var excluded = used
        var referenceEntity: String?
        switch reference {
        case .place(let mention):
            if let m = position(of: mention) { excluded.insert(m) }
            referenceEntity = mention.resolved?.id
        case .border(_, let mention?), .interior(_, let mention?):
            if let m = position(of: mention) { excluded.insert(m) }
        default: break
        }
        func candidates(_ slice: Range<Int>) -> [Int] {
            mentionIndexes(in: slice).filter {
                !excluded.contains($0) && isPointLike(mentions[$0]) && !isInCompassPhrase($0)
                    && (referenceEntity == nil || mentions[$0].resolved?.id != referenceEntity)
            }
        }
        let before = candidates(max(range.lowerBound, index - Self.subjectLookBack)..<index)
        if let coordinate = coordinateSubject(
            before: index, in: range, sentence: sentence,
            sentenceLeadsWithPlace: !candidates(range.lowerBound..<leadEnd).isEmpty)
        {
            return coordinate
        }
        if var m = before.last {
            // "Kstovo, in the Nizhny Novgorod region, 300 miles …": a region named after "in"/"di" locates the
            // place before it, which stays the subject.
            let first = mentionTokens[m].first
            if isRegionMarked(mentions[m]), before.count >= 2,
                (max(range.lowerBound, first - 3)..<first).contains(where: {
                    ["in", "di"].contains(tokens[$0].lowercased)
                }),
                first - mentionTokens[before[before.count - 2]].last <= 8
            {
                m = before[before.count - 2]
            }
            return Located(mention: mentions[m], rule: .beforeFigure)
        }
        // A sentence opening with a pronoun or a bare noun ("It is located …", "The town lies …", "Kota itu …")
        // points back to the sentences before.
        // A sentence opening with a participle ("Situated 45 miles from X, Y has …") names its subject after the
        // participial phrase instead.
        let opensWithParticiple = ClaimLexicon.participleOpeners.contains(tokens[range.lowerBound].lowercased)
        let opensWithAnaphor =
            !opensWithParticiple
            && (range.lowerBound..<min(range.upperBound, range.lowerBound + 3))
                .contains { ClaimLexicon.anaphoricSubjects.contains(tokens[$0].lowercased) }
        if !opensWithAnaphor, referenceEnd < range.upperBound {
            // After the reference, up to the next figure: "Barely 40 km from the border, the X air base …".
            var stop = referenceEnd
            while stop < range.upperBound, tokens[stop].kind != .number { stop += 1 }
            if let m = candidates(referenceEnd..<stop).first {
                return Located(mention: mentions[m], rule: .afterReference)
            }
        }
        if sentence > 0 {
            let earlier = sentenceTokens[max(0, sentence - 2)].lowerBound..<range.lowerBound
            if let m = candidates(earlier).last(where: { !isRegionMarked(mentions[$0]) }) {
                return Located(mention: mentions[m], rule: .earlierSentence)
            }
        }
        return nil
    }

    /// True when sentence `index` begins with a number (a line of a list of distances).
    func sentenceOpensWithFigure(_ index: Int) -> Bool {
        let range = sentenceTokens[index]
        return !range.isEmpty && tokens[range.lowerBound].kind == .number
    }

    /// Coordinates as the subject (see ``subject(before:referenceEnd:in:sentence:reference:used:leadEnd:)``).
    func coordinateSubject(
        before index: Int, in range: Range<Int>, sentence: Int, sentenceLeadsWithPlace: Bool
    ) -> Located? {
        guard !coordinates.isEmpty else { return nil }
        let inSentence = coordinates.filter { range.contains($0.firstToken) }
        // An earlier sentence's coordinates: when this one names the event, or lists distances with no place
        // before its first figure ("Distances: 80 km SSE of X, 280 km SW of Y").
        let namesEvent = !sentenceLeadsWithPlace || namesCoordinateEvent[sentence]
        let chosen: InTextCoordinate?
        if let here = inSentence.last(where: { $0.lastToken < index }) ?? inSentence.first {
            chosen = here
        } else if namesEvent {
            // Within the five sentences before (a report's header block), not from another story far above; a list
            // of distance lines ("80 km SSE of X" / "280 km SW of Y" / …) counts as one, however long.
            var first = sentence
            while first > 0, sentenceOpensWithFigure(first) { first -= 1 }
            let earliest = sentenceTokens.isEmpty ? 0 : sentenceTokens[max(0, first - 5)].lowerBound
            chosen =
                coordinates.last { $0.lastToken < range.lowerBound && $0.firstToken >= earliest }
                ?? laterCoordinates(after: sentence)
        } else {
            chosen = nil
        }
        guard let chosen else { return nil }
        return Located(mention: PlaceMention.coordinates(chosen, text: text), rule: .coordinatesInText)
    }

    /// How many sentences after an event's distances its coordinates may come ("… 152 km barat daya X. Menurut
    /// BMKG, gempa itu berada pada koordinat …").
    static let coordinatesLookAhead = 2

    /// The first coordinates written in the sentences right after `sentence` by a sentence that names the event
    /// (an earthquake report gives the distances first and the epicentre after).
    func laterCoordinates(after sentence: Int) -> InTextCoordinate? {
        guard sentence + 1 < sentenceTokens.count else { return nil }
        for later in (sentence + 1)...min(sentenceTokens.count - 1, sentence + Self.coordinatesLookAhead)
        where namesCoordinateEvent[later] {
            if let found = coordinates.first(where: { sentenceTokens[later].contains($0.firstToken) }) { return found }
        }
        return nil
    }

    /// Whether a mention is the last word of a compass phrase ("barat-Barat *Daya*", "barat *Laut*"), not a place.
    func isInCompassPhrase(_ m: Int) -> Bool {
        let first = mentionTokens[m].first
        for start in max(0, first - 2)..<first {
            if let (_, length) = compassPoint(at: start), start + length > first { return true }
        }
        return false
    }

    /// A facility named by its town ("PLTN Kursk", "Kursk Nuclear Power Plant", "Bandara Pskov") or a place
    /// introduced by "near"/"dekat": the subject is near the named place, not at its centre.
    func isNear(_ mention: PlaceMention) -> Bool {
        if mention.followsNearCue { return true }
        guard let m = position(of: mention) else { return false }
        let (first, last) = mentionTokens[m]
        if let before = word(first - 1), ClaimLexicon.facilityWordsBefore.contains(before) { return true }
        if first >= 2, let before = word(first - 2), ClaimLexicon.facilityWordsBefore.contains(before),
            word(first - 1).map(ClaimLexicon.placePrefixes.contains) == false
        {
            return true
        }
        if let after = word(last + 1), ClaimLexicon.facilityWordsAfter.contains(after) { return true }
        return false
    }

    /// A name used for a region around a town ("Kaluga Oblast", "the Ryazan region", "wilayah Pskov").
    func isRegionMarked(_ mention: PlaceMention) -> Bool {
        guard let m = position(of: mention) else { return false }
        let (first, last) = mentionTokens[m]
        if let after = word(last + 1), ClaimLexicon.regionWordsAfter.contains(after) { return true }
        if let before = word(first - 1), ClaimLexicon.regionWordsBefore.contains(before) { return true }
        return false
    }

    /// Legs: "dari A … ke B" with a mode cue or shipping verb; "kemudian … ke B" chains from the last
    /// destination; "ke B" with a mode cue and no origin takes the last "dari A" of the article. A sentence is cut
    /// at its "then" cues (``thenCues``) and each part read as a leg with its own modes ("by sea from A to B, then
    /// by rail to C": A → B by sea, B → C by rail), each part after the first starting where the leg before ended.
    func route(in range: Range<Int>, lastDestination: PlaceMention?, lastOrigin: PlaceMention?) -> RouteClaim? {
        var cuts = [range.lowerBound]
        for index in range where index > range.lowerBound && Self.thenCues.contains(tokens[index].lowercased) {
            cuts.append(index)
        }
        cuts.append(range.upperBound)
        var legs: [RouteLeg] = []
        var previous = lastDestination
        var carried: [TransportMode] = []
        for part in 0..<(cuts.count - 1) {
            let segment = cuts[part]..<cuts[part + 1]
            // A part that names no mode keeps the modes named before it ("Kapal tanker itu ditahan di X dan kemudian
            // dibawa ke Y": the ship carries the second part too).
            let own = modes(in: segment)
            carried = own.isEmpty ? carried : own
            guard
                let leg = leg(
                    in: segment, modes: carried, before: range.lowerBound..<segment.lowerBound,
                    previous: previous, lastOrigin: lastOrigin)
            else { continue }
            legs.append(leg)
            previous = leg.to
        }
        guard !legs.isEmpty else { return nil }
        return RouteClaim(legs: legs, timeSpan: timeSpan(in: range))
    }

    /// The transport modes `segment` names ("by sea", "kereta api", "kapal").
    func modes(in segment: Range<Int>) -> [TransportMode] {
        let words = segment.map { tokens[$0].lowercased }
        var modes: [TransportMode] = []
        for offset in words.indices {
            for (cue, mode) in Self.modeCues
            where matches(cue, at: segment.lowerBound + offset) && !modes.contains(mode) {
                // "laut" only counts as the sea mode when it is not part of a place name ("Laut Hitam").
                if cue == ["laut"],
                    mentions.contains(where: { $0.span.contains(tokens[segment.lowerBound + offset].span) })
                {
                    continue
                }
                if cue == ["laut"], offset > 0, words[offset - 1] == "mil" { continue }
                modes.append(mode)
            }
        }
        return modes
    }

    /// One leg read from `segment` (a sentence, or the part of it between two "then" cues) with `modes`: its origin
    /// ("dari/from A" in the segment, else the last place named in `before` when the segment opens with a "then"
    /// cue, else `previous`, else with a mode cue `lastOrigin`) and its destination ("ke/to B").
    func leg(
        in segment: Range<Int>, modes: [TransportMode], before: Range<Int>, previous: PlaceMention?,
        lastOrigin: PlaceMention?
    ) -> RouteLeg? {
        let words = segment.map { tokens[$0].lowercased }
        let hasVerb = words.contains { Self.shippingVerbs.contains($0) }
        guard !modes.isEmpty || hasVerb else { return nil }
        let origin = origin(in: segment)
        var destination: PlaceMention?
        let destinationCues: Set<String> = ["ke", "to", "into", "reached", "reaching", "mencapai", "arrived", "tiba"]
        let originIndex = origin.map(tokenIndex(of:)) ?? -1
        if let toIndex = words.indices.first(where: {
            destinationCues.contains(words[$0]) && segment.lowerBound + $0 > originIndex
        }) {
            // The first non-country mention within twelve tokens after "ke"/"to"
            // ("ke depot pasokan di wilayah barat daya Rusia, dekat Tikhoretsk").
            let start = segment.lowerBound + toIndex + 1
            destination = mentions(in: Self.tokens(from: start, to: min(segment.upperBound, start + 12))).first {
                !isCountry($0)
            }
        }
        guard let destination else { return nil }
        var from = origin
        let opensWithThen = words.first.map(Self.thenCues.contains) == true
        let thenIndex = words.indices.first { Self.thenCues.contains(words[$0]) }
        if from == nil, opensWithThen || thenIndex != nil {
            // "ditahan di X dan kemudian dibawa ke Y": X, named before "kemudian" in the same sentence.
            let earlier = opensWithThen ? before : segment.lowerBound..<(segment.lowerBound + (thenIndex ?? 0))
            from = mentions(in: earlier).last { !isCountry($0) } ?? previous
        }
        if from == nil, !modes.isEmpty { from = lastOrigin }
        guard let from, from.resolved?.id != destination.resolved?.id else { return nil }
        let mode: TransportMode = modes.count == 1 ? modes[0] : .unknown
        return RouteLeg(from: from, to: destination, mode: mode, modes: modes)
    }

    /// "dari A" / "from A" / "left A" / "meninggalkan A" where A is a town, port or city (not a country).
    func origin(in range: Range<Int>) -> PlaceMention? {
        for index in range
        where ["dari", "from", "left", "leaving", "meninggalkan"].contains(tokens[index].lowercased)
            && index + 1 < range.upperBound
        {
            if let mention = mentionStarting(at: index + 1), !isCountry(mention) { return mention }
        }
        return nil
    }

    /// "antara 1 September dan 1 Oktober", "between 7 September and 1 October 2023".
    func timeSpan(in range: Range<Int>) -> String? {
        let months: Set<String> = [
            "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
            "oktober", "november", "desember", "january", "february", "march", "may", "june",
            "july", "august", "october", "december",
        ]
        guard let start = range.first(where: { ["antara", "between"].contains(tokens[$0].lowercased) }) else {
            return nil
        }
        var end = start
        var monthsSeen = 0
        for index in Self.tokens(from: start + 1, to: min(range.upperBound, start + 10)) {
            if months.contains(tokens[index].lowercased) {
                monthsSeen += 1
                end = index
            }
            if monthsSeen == 2 {
                if index + 1 < range.upperBound, tokens[index + 1].kind == .number, tokens[index + 1].text.count == 4 {
                    end = index + 1
                }
                break
            }
        }
        guard monthsSeen == 2 else { return nil }
        return text[TextSpan(start: tokens[start].span.start, end: tokens[end].span.end)]
    }

    /// "X, Country" and "X di (wilayah) barat daya Rusia" / "near X in south-western Russia".
    func placements(in range: Range<Int>) -> [PlacementClaim] {
        var found: [PlacementClaim] = []
        let here = mentions(in: range)
        for (position, mention) in here.enumerated() where !isCountry(mention) {
            let after = tokenIndex(after: mention)
            if after + 1 < range.upperBound, tokens[after].text == ",", position + 1 < here.count,
                here[position + 1].span.start == tokens[after + 1].span.start, isCountry(here[position + 1]),
                let code = here[position + 1].resolved?.countryCode
            {
                found.append(
                    PlacementClaim(subject: mention, country: code, countryMention: here[position + 1], part: nil))
            }
        }
        // Post-posed direction (Indonesian word order): "di Turki utara", "di Rusia barat daya".
        for index in range where ["di", "in"].contains(tokens[index].lowercased) && index + 2 < range.upperBound {
            guard let country = mentionStarting(at: index + 1), isCountry(country),
                let code = country.resolved?.countryCode
            else { continue }
            let after = tokenIndex(after: country)
            guard
                let (_, direction) = Self.directions.first(where: {
                    matches($0.words, at: after) && $0.words.allSatisfy { !$0.contains("-") }
                }),
                !matches(["jauh"], at: after + 1)
            else { continue }
            if let subject = mentions(in: max(range.lowerBound, index - 8)..<index).last(where: isPointLike) {
                found.append(PlacementClaim(subject: subject, country: code, countryMention: country, part: direction))
            }
        }
        // Appositive description: "Kharkiv, kota kedua terbesar di Ukraina", "Kherson, a city in Ukraine".
        for mention in here where isPointLike(mention) {
            let after = tokenIndex(after: mention)
            guard after < range.upperBound, tokens[after].text == "," else { continue }
            let nouns: Set<String> = ["kota", "city", "town", "pelabuhan", "port", "a", "the", "ibu"]
            guard after + 1 < range.upperBound, nouns.contains(tokens[after + 1].lowercased) else { continue }
            for probe in Self.tokens(from: after + 2, to: min(range.upperBound, after + 9))
            where ["di", "in"].contains(tokens[probe].lowercased) {
                if probe + 1 < range.upperBound, let country = mentionStarting(at: probe + 1), isCountry(country),
                    let code = country.resolved?.countryCode,
                    !found.contains(where: { $0.subject == mention && $0.country == code })
                {
                    found.append(PlacementClaim(subject: mention, country: code, countryMention: country, part: nil))
                }
                break
            }
        }
        // Directional placements: "di (wilayah) <direction> <Country>".
        for index in range where ["di", "in"].contains(tokens[index].lowercased) {
            var cursor = index + 1
            if cursor < range.upperBound, ["wilayah", "the", "bagian"].contains(tokens[cursor].lowercased) {
                cursor += 1
            }
            guard let (words, direction) = Self.directions.first(where: { matches($0.words, at: cursor) }) else {
                continue
            }
            cursor += words.count
            if cursor < range.upperBound, ["part", "of", "region"].contains(tokens[cursor].lowercased) { cursor += 1 }
            if cursor < range.upperBound, tokens[cursor].lowercased == "of" { cursor += 1 }
            guard cursor < range.upperBound, let country = mentionStarting(at: cursor), isCountry(country),
                let code = country.resolved?.countryCode
            else { continue }
            // The subject: the nearest non-country mention before "di" (within 8 tokens), else one after
            // the country introduced by "dekat"/"near".
            let before = mentions(in: max(range.lowerBound, index - 8)..<index).last { !isCountry($0) }
            let afterCountry = tokenIndex(after: country)
            var subject = before
            if subject == nil {
                for probe in Self.tokens(from: afterCountry, to: min(range.upperBound, afterCountry + 4))
                where ["dekat", "near"].contains(tokens[probe].lowercased) && probe + 1 < range.upperBound {
                    subject = mentionStarting(at: probe + 1)
                }
            }
            if let subject {
                found.append(PlacementClaim(subject: subject, country: code, countryMention: country, part: direction))
            }
        }
        return found
    }

    /// A summit or leaders' meeting located with "di"/"ke"/"in"/"to" + a place in the same sentence.
    func event(in range: Range<Int>) -> EventClaim? {
        let words = range.map { tokens[$0].lowercased }
        let summit =
            words.indices.contains { matches(["pertemuan", "puncak"], at: range.lowerBound + $0) }
            || words.contains("summit") || words.contains("ktt")
        let meeting =
            words.contains { ["bertemu", "met", "meet", "meeting"].contains($0) }
            && words.contains {
                ["pemimpin", "presiden", "leader", "leaders", "president", "kim", "putin"].contains($0)
            }
        guard summit || meeting else { return nil }
        for offset in words.indices where ["di", "ke", "in", "to"].contains(words[offset]) {
            let index = range.lowerBound + offset + 1
            guard index < range.upperBound, let location = mentionStarting(at: index), !isCountry(location) else {
                continue
            }
            return EventClaim(event: "summit", location: location)
        }
        return nil
    }
}
