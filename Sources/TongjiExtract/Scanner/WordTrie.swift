/// A trie of words over their scalars, for longest-match lookups in one pass over the text.
///
/// Built once per word list, in one direction: forward (first scalar at the root) for matches
/// starting at a position, backward (last scalar at the root) for matches ending at one. A lookup
/// decodes each text scalar once and follows one edge per scalar, remembering the deepest word
/// seen, instead of comparing the text against every word sharing a first scalar (the unit
/// lexicon has ten words starting with 个). Everything lives in flat integer arrays read through
/// spans without bounds checks: a lookup touches no nested array and counts no references.
struct WordTrie: Sendable {
    /// The root's children, an open-addressed hash table of (scalar, node) pairs, scalar 0 for an
    /// empty slot: the root can have hundreds of children, every other node has a handful.
    private let rootSlots: [UInt32]
    /// `rootSlots.count / 2 - 1`: the table has a power-of-two number of slots.
    private let rootMask: Int
    /// Per node, three numbers: the word ending there (its index, or -1), and where its edges
    /// start and end in `edges`.
    private let nodes: [Int32]
    /// Per edge, two numbers: the scalar it reads and the node it leads to.
    private let edges: [UInt32]

    /// The trie of `words` (scalar arrays; empty ones are left out), read first scalar first when
    /// `reversed` is false, last scalar first when true. When two words are equal, the first one
    /// declared is the one found.
    init(_ words: [[UInt32]], reversed: Bool) {
        // Build with first-child / next-sibling links (no dictionaries: the grammar's two dozen
        // lists are compiled at start-up, where hashing every scalar cost millions of
        // instructions), then lay the nodes out flat, breadth first.
        var scalar: [UInt32] = [0]
        var firstChild: [Int] = [-1]
        var nextSibling: [Int] = [-1]
        var terminal: [Int] = [-1]
        for (index, word) in words.enumerated() where !word.isEmpty {
            var node = 0
            for v in reversed ? word.reversed() : word {
                var c = firstChild[node]
                while c >= 0 && scalar[c] != v { c = nextSibling[c] }
                if c < 0 {
                    c = scalar.count
                    scalar.append(v)
                    firstChild.append(-1)
                    nextSibling.append(firstChild[node])
                    terminal.append(-1)
                    firstChild[node] = c
                }
                node = c
            }
            if terminal[node] < 0 { terminal[node] = index }
        }
        /// The children of `node` (latest inserted first; the order does not matter to a lookup).
        func childrenOf(_ node: Int) -> [Int] {
            var list: [Int] = []
            var c = firstChild[node]
            while c >= 0 { list.append(c); c = nextSibling[c] }
            return list
        }
        let rootChildren = childrenOf(0)
        var order: [Int] = []
        var queue = rootChildren
        var flatIndex = [Int](repeating: -1, count: scalar.count)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            flatIndex[node] = order.count
            order.append(node)
            queue += childrenOf(node)
        }
        var nodes: [Int32] = []
        var edges: [UInt32] = []
        nodes.reserveCapacity(order.count * 3)
        edges.reserveCapacity(order.count * 2)
        for node in order {
            nodes.append(Int32(terminal[node]))
            nodes.append(Int32(edges.count / 2))
            for c in childrenOf(node) {
                edges.append(scalar[c])
                edges.append(UInt32(flatIndex[c]))
            }
            nodes.append(Int32(edges.count / 2))
        }
        self.nodes = nodes
        self.edges = edges
        var size = 8
        while size < rootChildren.count * 4 { size *= 2 }
        var slots = [UInt32](repeating: 0, count: size * 2)
        for child in rootChildren {
            let v = scalar[child]
            var s = Self.slot(v, mask: size - 1)
            while slots[2 * s] != 0 { s = (s + 1) & (size - 1) }
            slots[2 * s] = v
            slots[2 * s + 1] = UInt32(flatIndex[child])
        }
        rootSlots = slots
        rootMask = size - 1
    }

    /// The home slot of scalar `v`: a multiplicative hash (CJK scalars are dense in their low bits).
    @inline(__always)
    private static func slot(_ v: UInt32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (v &* 0x9E37_79B1) >> 15) & mask
    }

    /// The node the root's edge for scalar `v` leads to, or -1.
    @inline(__always)
    func root(_ v: UInt32) -> Int {
        let slots = rootSlots.span
        var s = Self.slot(v, mask: rootMask)
        while true {
            let key = slots[unchecked: 2 &* s]
            if key == v { return Int(slots[unchecked: 2 &* s &+ 1]) }
            if key == 0 { return -1 }
            s = (s &+ 1) & rootMask
        }
    }

    /// The word ending at `node`, or -1.
    @inline(__always)
    func word(at node: Int) -> Int {
        Int(nodes.span[unchecked: 3 &* node])
    }

    /// Whether `node` has no edges (no longer word continues it).
    @inline(__always)
    func isLeaf(_ node: Int) -> Bool {
        let n = nodes.span
        return n[unchecked: 3 &* node &+ 1] == n[unchecked: 3 &* node &+ 2]
    }

    /// The node `node`'s edge for scalar `v` leads to, or -1 (a short linear search).
    @inline(__always)
    func child(of node: Int, _ v: UInt32) -> Int {
        let n = nodes.span
        let e = edges.span
        var p = Int(n[unchecked: 3 &* node &+ 1])
        let end = Int(n[unchecked: 3 &* node &+ 2])
        while p < end {
            if e[unchecked: 2 &* p] == v { return Int(e[unchecked: 2 &* p &+ 1]) }
            p &+= 1
        }
        return -1
    }
}
