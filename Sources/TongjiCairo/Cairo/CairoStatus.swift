internal import CCairo

/// The one funnel for cairo status codes: every cairo call that can fail goes through here.
func checkCairo(_ status: cairo_status_t, _ operation: String) throws(RenderError) {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    let message = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
    throw .cairo(operation: operation, status: message)
}
