import CXLSXWriter

/// How a cell looks. A value type, so a workbook can create each distinct look once and
/// reuse it (libxlsxwriter formats are workbook-wide objects).
struct CellStyle: Hashable, Sendable {
    enum HAlign: Hashable, Sendable { case general, left, center, right }
    enum VAlign: Hashable, Sendable { case bottom, top, center }
    enum Border: Hashable, Sendable { case none, thin, medium }

    var bold = false
    var italic = false
    var fontSize: Double?
    /// RGB, e.g. 0x9C0006.
    var fontColor: UInt32?
    /// Solid fill, RGB.
    var fill: UInt32?
    /// An Excel number format, e.g. `£#,##0` or `d mmm yyyy`.
    var numberFormat: String?
    var wrap = false
    var hAlign = HAlign.general
    var vAlign = VAlign.top
    var border = Border.none
    var borderColor: UInt32?
    /// A heavier left and right edge, e.g. to mark the report quarter's column.
    var sideEdges = Border.none
    var sideEdgeColor: UInt32?
    var indent: UInt8 = 0

    init(
        bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, fontColor: UInt32? = nil,
        fill: UInt32? = nil, numberFormat: String? = nil, wrap: Bool = false, hAlign: HAlign = .general,
        vAlign: VAlign = .top, border: Border = .none, borderColor: UInt32? = nil,
        sideEdges: Border = .none, sideEdgeColor: UInt32? = nil, indent: UInt8 = 0
    ) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fill = fill
        self.numberFormat = numberFormat
        self.wrap = wrap
        self.hAlign = hAlign
        self.vAlign = vAlign
        self.border = border
        self.borderColor = borderColor
        self.sideEdges = sideEdges
        self.sideEdgeColor = sideEdgeColor
        self.indent = indent
    }

    /// Copies the look onto a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, fontColor) }
        if let fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill)
        }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if wrap { format_set_text_wrap(format) }
        switch hAlign {
        case .general: break
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        switch vAlign {
        case .bottom: break
        case .top: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        }
        if let style = border.lxw {
            format_set_border(format, style)
            if let borderColor { format_set_border_color(format, borderColor) }
        }
        if let style = sideEdges.lxw {
            format_set_left(format, style)
            format_set_right(format, style)
            if let sideEdgeColor {
                format_set_left_color(format, sideEdgeColor)
                format_set_right_color(format, sideEdgeColor)
            }
        }
        if indent > 0 { format_set_indent(format, indent) }
    }
}

extension CellStyle.Border {
    var lxw: UInt8? {
        switch self {
        case .none: return nil
        case .thin: return UInt8(LXW_BORDER_THIN.rawValue)
        case .medium: return UInt8(LXW_BORDER_MEDIUM.rawValue)
        }
    }
}
