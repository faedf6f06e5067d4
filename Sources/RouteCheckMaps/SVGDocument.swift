import RouteCheckGeo

/// A minimal SVG writer: shapes are appended in drawing order; text is escaped.
struct SVGDocument {
    private var body: [String] = []
    let width: Double
    let height: Double

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String) {
        body.append(
            "<rect x=\"\(format(x, 1))\" y=\"\(format(y, 1))\" width=\"\(format(width, 1))\" "
                + "height=\"\(format(height, 1))\" fill=\"\(fill)\"/>"
        )
    }

    mutating func path(_ d: String, fill: String, stroke: String, width: Double) {
        guard !d.isEmpty else { return }
        body.append(
            "<path d=\"\(d)\" fill=\"\(fill)\" fill-rule=\"evenodd\" stroke=\"\(stroke)\" stroke-width=\"\(width)\" "
                + "stroke-linejoin=\"round\"/>"
        )
    }

    mutating func polyline(_ points: [Position], stroke: String, width: Double, dash: String?) {
        guard points.count >= 2 else { return }
        let list = points.map { "\(format($0.x, 1)),\(format($0.y, 1))" }.joined(separator: " ")
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        body.append(
            "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(width)\" "
                + "stroke-linecap=\"round\"\(dashAttribute)/>"
        )
    }

    mutating func circle(x: Double, y: Double, r: Double, fill: String, stroke: String) {
        body.append(
            "<circle cx=\"\(format(x, 1))\" cy=\"\(format(y, 1))\" r=\"\(r)\" fill=\"\(fill)\" stroke=\"\(stroke)\" "
                + "stroke-width=\"1.5\"/>"
        )
    }

    mutating func text(
        _ content: String, x: Double, y: Double, size: Double, weight: String = "normal", anchor: String,
        fill: String = "#111111", halo: Bool
    ) {
        let haloAttributes = halo ? " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"" : ""
        body.append(
            "<text x=\"\(format(x, 1))\" y=\"\(format(y, 1))\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                + "font-size=\"\(size)\" "
                + "font-weight=\"\(weight)\" text-anchor=\"\(anchor)\" "
                + "fill=\"\(fill)\"\(haloAttributes)>\(Self.escape(content))</text>"
        )
    }

    func finish() -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 "
            + "\(Int(width)) \(Int(height))\">\n"
            + body.joined(separator: "\n") + "\n</svg>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
