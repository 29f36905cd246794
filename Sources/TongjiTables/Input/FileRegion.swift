// The one file of TongjiTables that asks the operating system something directly: a file's size
// and moving a descriptor's position (`lseek`), which Foundation offers only through FileHandle
// objects. No pointers cross this boundary.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import TongjiExtract

/// Byte positions in a regular file, for reading it in ranges on several threads.
enum FileRegion {
    /// The size of a regular file, or nil for pipes and terminals (not seekable).
    static func size(of descriptor: FileDescriptor) -> Int? {
        let end = lseek(descriptor.rawValue, 0, SEEK_END)
        guard end >= 0 else { return nil }
        guard lseek(descriptor.rawValue, 0, SEEK_SET) == 0 else { return nil }
        return Int(end)
    }

    /// Moves the descriptor to `offset`; false when it cannot.
    static func seek(_ descriptor: FileDescriptor, to offset: Int) -> Bool {
        lseek(descriptor.rawValue, off_t(offset), SEEK_SET) == off_t(offset)
    }
}
