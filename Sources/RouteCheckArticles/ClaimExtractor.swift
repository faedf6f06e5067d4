import RouteCheckGeo

/// Reads distance, route, placement and event claims out of sentences, in Indonesian and English.
/// Rules, not a statistical model: each rule is listed with its cue words below and in the README.
struct ClaimExtractor {
    let text: ArticleText
    let tokens: [Token]
    let sentences: [TextSpan]
    let mentions: [PlaceMention]

    static let units: [String: LengthUnit] = [
        "km": .kilometers, "kilometer": .kilometers, "kilometers": .kilometers, "kilometre": .kilometers,
        "kilometres": .kilometers, "m": .meters, "meter": .meters, "meters": .meters, "metre": .meters,
        "metres": .meters, "mil": .statuteMiles, "mile": .statuteMiles, "miles": .statuteMiles, "mi": .statuteMiles,
        "nmi": .nauticalMiles,
    ]
    static let qualifiers: [(words: [String], qualifier: Qualifier)] = [
        (["kurang", "lebih"], .approximately), (["kira", "kira"], .approximately), (["kira-kira"], .approximately),
        (["lebih", "dari"], .moreThan), (["more", "than"], .moreThan), (["kurang", "dari"], .lessThan),
        (["less", "than"], .lessThan), (["sekitar"], .approximately), (["about"], .approximately),
        (["approximately"], .approximately), (["around"], .approximately), (["roughly"], .approximately),
        (["some"], .approximately), (["hampir"], .nearly), (["nearly"], .nearly), (["almost"], .nearly),
        (["hanya"], .only), (["just"], .only), (["only"], .only), (["within"], .lessThan), (["over"], .moreThan),
        (["under"], .lessThan),
    ]
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
        (["kereta", "api"], .rail), (["by", "rail"], .rail), (["rail"], .rail), (["railway"], .rail), (["train"], .rail),
        (["trains"], .rail), (["laut"], .sea), (["by", "sea"], .sea), (["kapal"], .sea), (["ship"], .sea),
        (["ships"], .sea), (["sea"], .sea), (["truk"], .road), (["darat"], .road), (["road"], .road), (["truck"], .road),
        (["trucks"], .road), (["udara"], .air), (["pesawat"], .air), (["air"], .air), (["plane"], .air),
    ]
    static let shippingVerbs: Set<String> = [
        "dikirim", "diangkut", "diekspor", "dikirimkan", "mengirim", "mengirimkan", "shipped", "sent", "transported",
        "moved", "delivered", "exported", "carried",
    ]
    static let thenCues: Set<String> = ["kemudian", "lalu", "selanjutnya", "then", "later", "subsequently", "onward"]

    // MARK: Helpers

    func tokenRange(of sentence: TextSpan) -> Range<Int> {
        let first = tokens.firstIndex { $0.span.start >= sentence.start } ?? tokens.count
        let end = tokens[first...].firstIndex { $0.span.start >= sentence.end } ?? tokens.count
        return first..<end
    }

    func mentions(in range: Range<Int>) -> [PlaceMention] {
        guard !range.isEmpty else { return [] }
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        return mentions.filter { span.contains($0.span) }
    }

    func mentionStarting(at index: Int) -> PlaceMention? {
        mentions.first { $0.span.start == tokens[index].span.start }
    }

    func tokenIndex(after mention: PlaceMention) -> Int {
        tokens.firstIndex { $0.span.start >= mention.span.end } ?? tokens.count
    }

    func tokenIndex(of mention: PlaceMention) -> Int {
        tokens.firstIndex { $0.span.start >= mention.span.start } ?? tokens.count
    }

    func matches(_ words: [String], at index: Int) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        return words.indices.allSatisfy { tokens[index + $0].lowercased == words[$0] }
    }

    func isCountry(_ mention: PlaceMention) -> Bool { mention.resolved?.kind == .country }

    func isPointLike(_ mention: PlaceMention) -> Bool {
        guard let kind = mention.resolved?.kind else { return false }
        return [.capital, .city, .town, .port].contains(kind)
    }

    // MARK: Extraction

    func claims() -> [Claim] {
        var result: [Claim] = []
        var lastDestination: PlaceMention?
        var lastOrigin: PlaceMention?
        for sentence in sentences {
            let range = tokenRange(of: sentence)
            let sentenceText = text[sentence]
            func claim(_ payload: Claim.Payload) { result.append(Claim(payload: payload, sentenceSpan: sentence, sentenceText: sentenceText)) }
            for distance in distances(in: range) { claim(.distance(distance)) }
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

    /// Distance figures: [qualifier] number [range] unit [(conversion)] [direction of | dari/from] [reference].
    func distances(in range: Range<Int>) -> [DistanceClaim] {
        var found: [DistanceClaim] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let number = NumberParser.read(tokens, at: index) else { index += 1; continue }
            var cursor = index + number.count
            var upper: Double?
            // Ranges: "280-300 km", "280 hingga 300 km"; "antara 280 dan 300 km" is handled by the "dan/and".
            if cursor + 1 < range.upperBound, ["-", "–", "hingga", "sampai", "to", "dan", "and"].contains(tokens[cursor].lowercased),
               let second = NumberParser.read(tokens, at: cursor + 1),
               cursor + 1 + second.count < range.upperBound, lengthUnit(at: cursor + 1 + second.count) != nil {
                upper = second.value
                cursor += 1 + second.count
            }
            guard let (unit, unitLength) = lengthUnit(at: cursor) else { index += 1; continue }
            let figureStart = tokens[index].span.start
            var figureEnd = tokens[cursor + unitLength - 1].span.end
            cursor += unitLength
            // Parenthetical conversion "(290 km)".
            var conversion: (Length, LengthUnit, Double)?
            if cursor < range.upperBound, tokens[cursor].text == "(", let inner = NumberParser.read(tokens, at: cursor + 1),
               let (innerUnit, innerLength) = lengthUnit(at: cursor + 1 + inner.count),
               cursor + 1 + inner.count + innerLength < tokens.count, tokens[cursor + 1 + inner.count + innerLength].text == ")" {
                conversion = (Length(inner.value, innerUnit), innerUnit, inner.value)
                cursor += 2 + inner.count + innerLength
                figureEnd = tokens[cursor - 1].span.end
            }
            let qualifier = qualifier(before: index, lowerBound: range.lowerBound)
            let (reference, direction) = reference(after: cursor, in: range)
            let subject = subject(before: index, in: range, excluding: reference)
            found.append(DistanceClaim(
                value: Length(number.value, unit), writtenValue: number.value, upperValue: upper.map { Length($0, unit) }, unit: unit,
                numberText: tokens[index].text, qualifier: qualifier, conversion: conversion, subject: subject,
                reference: reference, direction: direction, figureSpan: TextSpan(start: figureStart, end: figureEnd)))
            index = cursor
        }
        return found
    }

    func lengthUnit(at index: Int) -> (LengthUnit, Int)? {
        guard index < tokens.count else { return nil }
        let word = tokens[index].lowercased
        if word == "mil", matches(["laut"], at: index + 1) { return (.nauticalMiles, 2) }
        if word == "nautical", index + 1 < tokens.count, ["mile", "miles"].contains(tokens[index + 1].lowercased) {
            return (.nauticalMiles, 2)
        }
        if let unit = Self.units[word] { return (unit, 1) }
        return nil
    }

    func qualifier(before index: Int, lowerBound: Int) -> Qualifier {
        var start = index
        if start > lowerBound, tokens[start - 1].lowercased == "antara" || tokens[start - 1].lowercased == "between" { start -= 1 }
        for (words, qualifier) in Self.qualifiers where start - words.count >= lowerBound {
            if matches(words, at: start - words.count) { return qualifier }
        }
        return .none
    }

    /// After the figure: "dari perbatasan Ukraina", "from the Ukrainian border", "from the border with X",
    /// "dari X", "from X", "north of X", "di utara X".
    func reference(after start: Int, in range: Range<Int>) -> (DistanceReference, CompassDirection?) {
        var cursor = start
        var direction: CompassDirection?
        let window = min(range.upperBound, start + 8)
        // Direction first: "north of X", "sebelah utara X", "di utara X".
        var probe = cursor
        while probe < window, probe < cursor + 2, ["sebelah", "di", "ke", "to", "the", "arah"].contains(tokens[probe].lowercased) { probe += 1 }
        for (words, dir) in Self.directions where matches(words, at: probe) {
            direction = dir
            cursor = probe + words.count
            if cursor < window, ["of", "dari"].contains(tokens[cursor].lowercased) { cursor += 1 }
            break
        }
        // The direction words may run past the window: then nothing is left to read.
        let rest = cursor..<max(cursor, window)
        let lowered = rest.map { tokens[$0].lowercased }
        if let borderIndex = lowered.firstIndex(where: { ["perbatasan", "border", "frontier"].contains($0) }) {
            // The country: the mention right after "perbatasan" or "border with", or right before "border".
            let absolute = cursor + borderIndex
            var candidates: [PlaceMention] = []
            if absolute + 1 < tokens.count, let after = mentionStarting(at: absolute + 1) { candidates.append(after) }
            if absolute + 2 < tokens.count, ["with", "dengan"].contains(tokens[absolute + 1].lowercased),
               let after = mentionStarting(at: absolute + 2) { candidates.append(after) }
            if absolute > cursor, let before = mentions.first(where: { $0.span.end == tokens[absolute - 1].span.end }) {
                candidates.append(before)
            }
            if let country = candidates.first(where: isCountry), let code = country.resolved?.countryCode {
                return (.border(country: code, mention: country), direction)
            }
            return (.unknown, direction)
        }
        if direction != nil, cursor < window, let place = mentionStarting(at: cursor) { return (.place(place), direction) }
        if cursor < window, ["dari", "from", "of"].contains(tokens[cursor].lowercased) {
            var next = cursor + 1
            if next < window, ["kota", "the", "city", "of"].contains(tokens[next].lowercased) { next += 1 }
            if next < window, let place = mentionStarting(at: next) { return (.place(place), direction) }
        }
        return (.unknown, direction)
    }

    /// The place being located: the nearest non-country mention before the figure in the sentence
    /// (one after "dekat"/"near" wins), or a non-country mention right after the reference.
    func subject(before index: Int, in range: Range<Int>, excluding reference: DistanceReference) -> PlaceMention? {
        var excluded: PlaceMention?
        switch reference {
        case .place(let mention): excluded = mention
        case .border(_, let mention): excluded = mention
        case .unknown: break
        }
        // Subjects are point-like places (towns, cities, ports), not countries, seas or regions.
        let before = mentions(in: range.lowerBound..<index).filter { $0 != excluded && isPointLike($0) }
        if let near = before.last(where: { tokenIndex(of: $0) > 0 && ["dekat", "near", "outside", "luar"].contains(tokens[tokenIndex(of: $0) - 1].lowercased) }) {
            return near
        }
        return before.last
    }

    /// Legs: "dari A … ke B" with a mode cue or shipping verb; "kemudian … ke B" chains from the last
    /// destination; "ke B" with a mode cue and no origin takes the last "dari A" of the article.
    func route(in range: Range<Int>, lastDestination: PlaceMention?, lastOrigin: PlaceMention?) -> RouteClaim? {
        let words = range.map { tokens[$0].lowercased }
        var modes: [TransportMode] = []
        for offset in words.indices {
            for (cue, mode) in Self.modeCues where matches(cue, at: range.lowerBound + offset) && !modes.contains(mode) {
                // "laut" only counts as the sea mode when it is not part of a place name ("Laut Hitam").
                if cue == ["laut"], mentions.contains(where: { $0.span.contains(tokens[range.lowerBound + offset].span) }) { continue }
                if cue == ["laut"], offset > 0, words[offset - 1] == "mil" { continue }
                modes.append(mode)
            }
        }
        let hasVerb = words.contains { Self.shippingVerbs.contains($0) }
        guard !modes.isEmpty || hasVerb else { return nil }
        let origin = origin(in: range)
        var destination: PlaceMention?
        let destinationCues: Set<String> = ["ke", "to", "into", "reached", "reaching", "mencapai", "arrived", "tiba"]
        let originIndex = origin.map(tokenIndex(of:)) ?? -1
        if let toIndex = words.indices.first(where: { destinationCues.contains(words[$0]) && range.lowerBound + $0 > originIndex }) {
            // The first non-country mention within twelve tokens after "ke"/"to"
            // ("ke depot pasokan di wilayah barat daya Rusia, dekat Tikhoretsk").
            let start = range.lowerBound + toIndex + 1
            destination = mentions(in: start..<min(range.upperBound, start + 12)).first { !isCountry($0) }
        }
        guard let destination else { return nil }
        var from = origin
        let thenIndex = words.indices.first { Self.thenCues.contains(words[$0]) }
        if from == nil, let thenIndex {
            // "ditahan di X dan kemudian dibawa ke Y": X, named before "kemudian" in the same sentence.
            from = mentions(in: range.lowerBound..<(range.lowerBound + thenIndex)).last { !isCountry($0) } ?? lastDestination
        }
        if from == nil, !modes.isEmpty { from = lastOrigin }
        guard let from, from.resolved?.id != destination.resolved?.id else { return nil }
        let mode: TransportMode = modes.count == 1 ? modes[0] : .unknown
        return RouteClaim(legs: [RouteLeg(from: from, to: destination, mode: mode, modes: modes)], timeSpan: timeSpan(in: range))
    }

    /// "dari A" / "from A" / "left A" / "meninggalkan A" where A is a town, port or city (not a country).
    func origin(in range: Range<Int>) -> PlaceMention? {
        for index in range where ["dari", "from", "left", "leaving", "meninggalkan"].contains(tokens[index].lowercased) && index + 1 < range.upperBound {
            if let mention = mentionStarting(at: index + 1), !isCountry(mention) { return mention }
        }
        return nil
    }

    /// "antara 1 September dan 1 Oktober", "between 7 September and 1 October 2023".
    func timeSpan(in range: Range<Int>) -> String? {
        let months: Set<String> = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                                   "oktober", "november", "desember", "january", "february", "march", "may", "june",
                                   "july", "august", "october", "december"]
        guard let start = range.first(where: { ["antara", "between"].contains(tokens[$0].lowercased) }) else { return nil }
        var end = start
        var monthsSeen = 0
        for index in (start + 1)..<min(range.upperBound, start + 10) {
            if months.contains(tokens[index].lowercased) { monthsSeen += 1; end = index }
            if monthsSeen == 2 {
                if index + 1 < range.upperBound, tokens[index + 1].kind == .number, tokens[index + 1].text.count == 4 { end = index + 1 }
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
               let code = here[position + 1].resolved?.countryCode {
                found.append(PlacementClaim(subject: mention, country: code, countryMention: here[position + 1], part: nil))
            }
        }
        // Post-posed direction (Indonesian word order): "di Turki utara", "di Rusia barat daya".
        for index in range where ["di", "in"].contains(tokens[index].lowercased) && index + 2 < range.upperBound {
            guard let country = mentionStarting(at: index + 1), isCountry(country), let code = country.resolved?.countryCode else { continue }
            let after = tokenIndex(after: country)
            guard let (_, direction) = Self.directions.first(where: { matches($0.words, at: after) && $0.words.allSatisfy { !$0.contains("-") } }),
                  !matches(["jauh"], at: after + 1) else { continue }
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
            for probe in (after + 2)..<min(range.upperBound, after + 9) where ["di", "in"].contains(tokens[probe].lowercased) {
                if probe + 1 < range.upperBound, let country = mentionStarting(at: probe + 1), isCountry(country),
                   let code = country.resolved?.countryCode, !found.contains(where: { $0.subject == mention && $0.country == code }) {
                    found.append(PlacementClaim(subject: mention, country: code, countryMention: country, part: nil))
                }
                break
            }
        }
        // Directional placements: "di (wilayah) <direction> <Country>".
        for index in range where ["di", "in"].contains(tokens[index].lowercased) {
            var cursor = index + 1
            if cursor < range.upperBound, ["wilayah", "the", "bagian"].contains(tokens[cursor].lowercased) { cursor += 1 }
            guard let (words, direction) = Self.directions.first(where: { matches($0.words, at: cursor) }) else { continue }
            cursor += words.count
            if cursor < range.upperBound, ["part", "of", "region"].contains(tokens[cursor].lowercased) { cursor += 1 }
            if cursor < range.upperBound, tokens[cursor].lowercased == "of" { cursor += 1 }
            guard cursor < range.upperBound, let country = mentionStarting(at: cursor), isCountry(country),
                  let code = country.resolved?.countryCode else { continue }
            // The subject: the nearest non-country mention before "di" (within 8 tokens), else one after
            // the country introduced by "dekat"/"near".
            let before = mentions(in: max(range.lowerBound, index - 8)..<index).last { !isCountry($0) }
            let afterCountry = tokenIndex(after: country)
            var subject = before
            if subject == nil {
                for probe in afterCountry..<min(range.upperBound, afterCountry + 4)
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
        let summit = words.indices.contains { matches(["pertemuan", "puncak"], at: range.lowerBound + $0) }
            || words.contains("summit") || words.contains("ktt")
        let meeting = words.contains { ["bertemu", "met", "meet", "meeting"].contains($0) }
            && words.contains { ["pemimpin", "presiden", "leader", "leaders", "president", "kim", "putin"].contains($0) }
        guard summit || meeting else { return nil }
        for offset in words.indices where ["di", "ke", "in", "to"].contains(words[offset]) {
            let index = range.lowerBound + offset + 1
            guard index < range.upperBound, let location = mentionStarting(at: index), !isCountry(location) else { continue }
            return EventClaim(event: "summit", location: location)
        }
        return nil
    }
}
