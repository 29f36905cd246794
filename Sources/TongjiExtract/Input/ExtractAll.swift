/// Extracts every quantity from files, directories or standard input, streaming: the input is read
/// a chunk (text) or a record (JSON Lines) at a time, extracted on `options.jobs` threads, and
/// handed to `onResult` on the calling thread in input order, so memory stays bounded whatever
/// the input size and the results are the same for any number of jobs.
///
/// This is the input side of `tongji extract`, reused by every command that extracts inline.
/// Problems with the input never stop the run: each arrives as an issue in its place.
///
/// ```swift
/// var money = 0
/// let summary = extractAll(paths: ["seeds"]) { result in
///     money += result.mentions.filter { $0.dimension == .money }.count
///     for issue in result.issues { print(issue) }   // "a.txt:3: invalid UTF-8: ..."
/// }
/// ```
///
/// - Parameters:
///   - paths: files and directories (every `*.txt`, or `*.jsonl` for JSON Lines, below it, sorted);
///     empty for standard input; "-" for standard input among files.
///   - options: the input format, threads, chunk and record limits.
///   - extractor: the extractor to run.
///   - onResult: called with each piece's result, in order. Throw to stop early; the error is rethrown.
/// - Returns: totals over the run.
@discardableResult
public func extractAll(
    paths: [String],
    options: InputOptions = InputOptions(),
    extractor: Extractor = Extractor(),
    onResult: (DocumentResult) throws -> Void
) rethrows -> ExtractionSummary {
    try extractAll(sources: DocumentSource.sources(for: paths, format: options.format),
                   options: options, extractor: extractor, onResult: onResult)
}

/// Extracts every quantity from `sources`; see `extractAll(paths:options:extractor:onResult:)`.
@discardableResult
public func extractAll(
    sources: [DocumentSource],
    options: InputOptions = InputOptions(),
    extractor: Extractor = Extractor(),
    onResult: (DocumentResult) throws -> Void
) rethrows -> ExtractionSummary {
    try extractAll(sources: sources, options: options, extractor: extractor, prepare: { (_: inout DocumentResult) in () }) { result, _ in
        try onResult(result)
    }
}

/// Extracts every quantity from `sources`, and also runs `prepare` on each result on the worker
/// thread that extracted it, before handing both to `onResult` in input order on the calling
/// thread. Use `prepare` for per-result work that can run in parallel, such as rendering output
/// records, so that the calling thread only writes them out. `prepare` may also drop what the
/// calling thread does not need (the mentions, once rendered) so that results waiting their
/// turn take less memory.
///
/// ```swift
/// extractAll(sources: DocumentSource.sources(for: ["seeds"]), prepare: { result in
///     var bytes: [UInt8] = []
///     for m in result.mentions { m.appendJSONLine(to: &bytes) }
///     result.mentions = []
///     return bytes
/// }) { _, bytes in output.append(contentsOf: bytes) }
/// ```
@discardableResult
public func extractAll<Prepared: Sendable>(
    sources: [DocumentSource],
    options: InputOptions = InputOptions(),
    extractor: Extractor = Extractor(),
    prepare: @escaping @Sendable (inout DocumentResult) -> Prepared,
    onResult: (DocumentResult, Prepared) throws -> Void
) rethrows -> ExtractionSummary {
    var stream = InputStream(sources: sources, options: options)
    var summary = ExtractionSummary()
    var batch = WorkBatch(jobs: options.jobs, chunkBytes: options.chunkBytes)
    if options.jobs > 1 { SystemFiles.keepFreedMemoryForReuse() }
    try OrderedWorkers.run(
        jobs: options.jobs,
        maxInFlight: 2 * options.jobs + 2,
        produce: { batch.next(from: &stream) },
        process: { works in
            works.map { work in
                var result = work.process(with: extractor).result
                let counts = (result.mentions.count, result.issues.count)
                let prepared = prepare(&result)
                return (result, prepared, counts)
            }
        },
        consume: { outputs in
            for (result, prepared, counts) in outputs {
                summary.bytes += result.bytes
                summary.mentions += counts.0
                summary.issues += counts.1
                if result.lostInput { summary.lostInputs += 1 }
                batch.observe(bytes: result.bytes, mentions: counts.0)
                try onResult(result, prepared)
            }
        }
    )
    return summary
}

/// Extracts every quantity from files, directories or standard input, preparing each result on
/// a worker thread; see `extractAll(sources:options:extractor:prepare:onResult:)`.
@discardableResult
public func extractAll<Prepared: Sendable>(
    paths: [String],
    options: InputOptions = InputOptions(),
    extractor: Extractor = Extractor(),
    prepare: @escaping @Sendable (inout DocumentResult) -> Prepared,
    onResult: (DocumentResult, Prepared) throws -> Void
) rethrows -> ExtractionSummary {
    try extractAll(sources: DocumentSource.sources(for: paths, format: options.format), options: options,
                   extractor: extractor, prepare: prepare, onResult: onResult)
}
