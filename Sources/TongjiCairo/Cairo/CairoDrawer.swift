import TongjiChart

/// Draws a `ChartDrawing`'s commands on a cairo context: the `ChartRenderer` over Cairo + Pango.
struct CairoDrawer: ChartRenderer {
    let context: CairoContext
    let pango: PangoText

    init(context: CairoContext) throws(RenderError) {
        self.context = context
        pango = try PangoText(context: context)
    }

    mutating func fill(_ rect: RectCommand) throws {
        context.fill(rect.rect, rect.fill)
    }

    mutating func stroke(_ line: LineCommand) throws {
        context.stroke(from: line.from, to: line.to, line.color, width: line.width)
    }

    mutating func draw(_ text: TextCommand) throws {
        pango.setText(text.text, style: text.style)
        context.setColor(text.color)
        let offset = text.anchorOffset
        if text.rotation == 0 {
            pango.show(atX: text.position.x + offset.x, y: text.position.y + offset.y)
            return
        }
        context.save()
        context.translate(text.position.x, text.position.y)
        context.rotate(degrees: text.rotation)
        pango.contextTransformChanged()
        pango.show(atX: offset.x, y: offset.y)
        context.restore()
        pango.contextTransformChanged()
    }

    mutating func end() throws {
        try context.check("draw the chart")
    }
}
