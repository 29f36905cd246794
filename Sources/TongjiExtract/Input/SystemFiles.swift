// The one file of the input layer that talks to the operating system (Glibc `open`/`read`/`write`,
// `stat`, `opendir`): every raw buffer pointer of the extraction library lives here, inside
// closures, and nothing unsafe leaves this file. Foundation's FileHandle would do the same job but
// copies every read through `Data`, and the reader must keep up with a scanner running at hundreds
// of MB/s; plain system calls into a reused `[UInt8]` do not copy.
#if canImport(Glibc)
import Glibc
import CMalloc
#elseif canImport(Musl)
import Musl
#endif

/// An open file descriptor for reading or writing bytes: a file, standard input or standard output.
///
/// A value type that does not close itself: call `close()` for descriptors opened by `open(_:)`.
public struct FileDescriptor: Sendable, Hashable {
    /// The descriptor number.
    public let rawValue: Int32

    /// Wraps an existing descriptor number.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Standard input (descriptor 0).
    public static let standardInput = FileDescriptor(rawValue: 0)
    /// Standard output (descriptor 1).
    public static let standardOutput = FileDescriptor(rawValue: 1)
    /// Standard error (descriptor 2).
    public static let standardError = FileDescriptor(rawValue: 2)

    /// Opens `path` for reading, or throws why it cannot be read.
    public static func open(_ path: String) throws(InputProblem) -> FileDescriptor {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw InputProblem.cannotOpen(path: path, reason: SystemFiles.reason(errno)) }
        return FileDescriptor(rawValue: fd)
    }

    /// The size of the file in bytes when it is a regular file (nil for pipes and terminals).
    public func regularFileSize() -> Int? {
        var info = stat()
        guard fstat(rawValue, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Closes the descriptor.
    public func close() {
        _ = Glibc.close(rawValue)
    }

    /// Reads up to `count` bytes and appends them to `buffer`; returns how many were read (0 at the
    /// end of the input). Retries on EINTR; throws the system's reason for any other failure.
    public func read(appendingTo buffer: inout [UInt8], count: Int) throws(InputProblem) -> Int {
        var failure: Int32 = 0
        let block = [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
            initialized = 0
            while true {
                let n = Glibc.read(rawValue, raw.baseAddress!, count)
                if n >= 0 { initialized = n; return }
                if errno == EINTR { continue }
                failure = errno
                return
            }
        }
        if failure != 0 { throw InputProblem.readFailed(reason: SystemFiles.reason(failure)) }
        if buffer.isEmpty {
            buffer = block
        } else {
            buffer.append(contentsOf: block)
        }
        return block.count
    }

    /// Reads everything left on the descriptor, to its end, a megabyte per read (it stays open):
    /// for small whole inputs such as a list of paths or a partial table, not for text to extract,
    /// which is streamed a chunk at a time.
    public func readToEnd() throws(InputProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        while try read(appendingTo: &bytes, count: 1 << 20) > 0 {}
        return bytes
    }

    /// Writes every byte of `bytes`, retrying partial writes and EINTR. Returns false when the
    /// descriptor refuses them (a closed pipe, a full disk).
    @discardableResult
    public func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Glibc.write(rawValue, raw.baseAddress! + done, raw.count - done)
                if n > 0 { done += n; continue }
                if n < 0 && errno == EINTR { continue }
                return false
            }
            return true
        }
    }
}

/// Byte counts over a whole chunk, eight bytes at a time (SWAR): the input layer runs this
/// over every byte before the scanner does, so it must cost little beside it.
enum ByteCounts {
    /// Code points (bytes that are not UTF-8 continuation bytes) and line feeds in `bytes`.
    static func codePointsAndLineBreaks(_ bytes: [UInt8]) -> (codePoints: Int, lineBreaks: Int) {
        bytes.withUnsafeBytes { raw in
            let high: UInt64 = 0x8080_8080_8080_8080
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
            var continuation = 0
            var lineBreaks = 0
            var i = 0
            let n = raw.count
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A continuation byte is 10xxxxxx: bit 7 set, bit 6 clear.
                continuation &+= ((x & ~(x << 1)) & high).nonzeroBitCount
                // A line feed is a zero byte of x ^ 0x0A...: exact zero-byte test.
                let y = x ^ newlines
                lineBreaks &+= (~(((y & low) &+ low) | y) & high).nonzeroBitCount
                i &+= 8
            }
            while i < n {
                let b = raw[i]
                continuation &+= (b & 0xC0) == 0x80 ? 1 : 0
                lineBreaks &+= b == 0x0A ? 1 : 0
                i &+= 1
            }
            return (n - continuation, lineBreaks)
        }
    }
}

/// File-system queries the input layer needs: what a path is and what a directory holds.
public enum SystemFiles {
    /// What a path names.
    public enum Kind: Sendable, Hashable {
        /// A regular file (or anything that is not a directory, such as a FIFO).
        case file
        /// A directory.
        case directory
        /// Nothing: the path does not exist or cannot be examined; the reason in words.
        case missing(reason: String)
    }

    /// What `path` names, following symbolic links.
    public static func kind(of path: String) -> Kind {
        var info = stat()
        if stat(path, &info) != 0 { return .missing(reason: reason(errno)) }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    /// The names in a directory (without "." and ".."), unsorted, or nil when it cannot be listed.
    public static func entries(of directory: String) -> [String]? {
        guard let dir = opendir(directory) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The number of processors online (at least 1): the default for `--jobs`.
    public static var processorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Tells glibc's allocator to serve blocks of up to 4 MB from its heaps and to keep up to 8 MB
    /// of freed memory at the top of each heap for reuse, the first time it is called in a
    /// process; nothing elsewhere.
    ///
    /// Why: with several threads, results are built on the worker threads and freed on the calling
    /// thread a batch at a time, so each worker's heap empties and refills for every batch. At the
    /// default trim threshold (128 KB, raised only as large blocks come and go) glibc hands those
    /// pages back each time and the kernel faults them in again: 24,000 page faults instead of
    /// 2,300 on the 105 MB benchmark corpus (`perf stat -e page-faults`). The two values are set
    /// together because setting either one stops glibc from adjusting the other: the trim
    /// threshold alone sent every 1 MB JSON Lines read block to `mmap` (27,700 faults on
    /// corpus.jsonl instead of 2,300). Peak memory does not grow: the kept pages are the ones the
    /// next batch uses, and blocks over 4 MB (huge records) still go back to the system when freed.
    static func keepFreedMemoryForReuse() {
        _ = allocatorTuned
    }

    private static let allocatorTuned: Bool = {
        #if canImport(Glibc)
        return mallopt(M_MMAP_THRESHOLD, 4 << 20) == 1 && mallopt(M_TRIM_THRESHOLD, 8 << 20) == 1
        #else
        return false
        #endif
    }()

    /// The system's words for an `errno` value, lowercased ("no such file or directory").
    static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
