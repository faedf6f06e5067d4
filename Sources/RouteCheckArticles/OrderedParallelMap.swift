import Foundation

/// Maps a stream of inputs on several threads and hands the outputs back **in input order**, with at most a
/// window of inputs in flight, so memory stays flat however long the stream is.
///
/// The caller's thread reads the inputs and consumes the outputs (it owns the iterator and the output file); the
/// `jobs` worker threads only run `transform`. With `jobs == 1` everything runs on the caller's thread, with no
/// thread or lock at all.
///
/// ```swift
/// var numbers = (1...1_000).makeIterator()
/// try OrderedParallelMap.run(&numbers, jobs: 2, transform: { $0 * $0 }) { square in print(square) }
/// ```
public enum OrderedParallelMap {
    /// The number of cores the process may use (at least 1): the default for `--jobs`.
    public static var availableCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `transform` over every element of `inputs` on `jobs` threads and passes each output to `consume` in
    /// input order. At most `window` inputs (default eight per job) are read ahead of the one being consumed.
    ///
    /// - Throws: whatever `consume` throws; the run stops there (inputs already handed to the workers finish,
    ///   their outputs are dropped) and the error is rethrown on the caller's thread.
    public static func run<Input: Sendable, Output: Sendable>(
        _ inputs: inout some IteratorProtocol<Input>,
        jobs: Int,
        window: Int? = nil,
        transform: @escaping @Sendable (Input) -> Output,
        consume: (Output) throws -> Void
    ) throws {
        guard jobs > 1 else {
            while let input = inputs.next() { try consume(transform(input)) }
            return
        }
        let pool = WorkerPool<Input, Output>(jobs: jobs, transform: transform)
        defer { pool.close() }
        let limit = max(jobs, window ?? jobs * 8)
        var submitted = 0, consumed = 0
        var exhausted = false
        while true {
            while !exhausted, submitted - consumed < limit {
                guard let input = inputs.next() else {
                    exhausted = true
                    break
                }
                pool.submit(input, index: submitted)
                submitted += 1
            }
            guard consumed < submitted else { return }
            try consume(pool.take(consumed))
            consumed += 1
        }
    }
}

/// Threads that take numbered inputs from a queue and leave numbered outputs for the caller. One condition
/// variable guards both the queue and the outputs.
private final class WorkerPool<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property below is read and written only with `condition` locked.
    private let condition = NSCondition()
    private var queue: [(index: Int, input: Input)] = []
    private var queueHead = 0
    private var outputs: [Int: Output] = [:]
    private var closed = false
    private var running = 0

    init(jobs: Int, transform: @escaping @Sendable (Input) -> Output) {
        running = jobs
        for number in 0..<jobs {
            let thread = Thread { [self] in
                while let (index, input) = self.nextInput() {
                    let output = transform(input)
                    self.condition.lock()
                    self.outputs[index] = output
                    self.condition.broadcast()
                    self.condition.unlock()
                }
                self.condition.lock()
                self.running -= 1
                self.condition.broadcast()
                self.condition.unlock()
            }
            thread.name = "routecheck-worker-\(number + 1)"
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    func submit(_ input: Input, index: Int) {
        condition.lock()
        queue.append((index, input))
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the output of input `index` and removes it.
    func take(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let output = outputs.removeValue(forKey: index) { return output }
            condition.wait()
        }
    }

    /// Lets the workers finish what they hold and waits for them to end.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    private func nextInput() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if queueHead < queue.count {
                let item = queue[queueHead]
                queueHead += 1
                if queueHead > 1_024, queueHead * 2 > queue.count {
                    queue.removeFirst(queueHead)
                    queueHead = 0
                }
                return item
            }
            if closed { return nil }
            condition.wait()
        }
    }
}
