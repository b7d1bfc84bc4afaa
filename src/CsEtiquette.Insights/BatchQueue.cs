namespace CsEtiquette.Insights;

/// <summary>
/// A bounded single-producer, single-consumer hand-off between the reading thread and one inspection worker, built on
/// <see cref="Monitor"/>: a blocked side sleeps until the other pulses it. It replaces a <c>Channel</c> awaited
/// synchronously, whose every hand-off woke a thread-pool thread to complete a task and spun in
/// <c>Task.SpinThenBlockingWait</c> — on a 2-core machine that spinning took CPU from the workers (#19 profile).
/// Thread-safe for one producer and one consumer.
/// </summary>
internal sealed class BatchQueue<T>
    where T : class
{
    private readonly Queue<T> _items;
    private readonly int _capacity;
    private bool _completed;
    private bool _cancelled;

    public BatchQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _items = new Queue<T>(capacity);
    }

    /// <summary>Adds <paramref name="item"/>, waiting while the queue is full.</summary>
    /// <exception cref="OperationCanceledException">The queue was cancelled.</exception>
    /// <exception cref="InvalidOperationException">The queue was completed.</exception>
    public void Add(T item)
    {
        lock (_items)
        {
            while (_items.Count >= _capacity && !_cancelled)
            {
                Monitor.Wait(_items);
            }

            if (_cancelled)
            {
                throw new OperationCanceledException();
            }

            if (_completed)
            {
                throw new InvalidOperationException("the queue is completed.");
            }

            _items.Enqueue(item);
            if (_items.Count == 1)
            {
                Monitor.PulseAll(_items);
            }
        }
    }

    /// <summary>Takes the next item, waiting while the queue is empty; false once it is completed and drained.</summary>
    /// <exception cref="OperationCanceledException">The queue was cancelled.</exception>
    public bool TryTake(out T? item)
    {
        lock (_items)
        {
            while (_items.Count == 0 && !_completed && !_cancelled)
            {
                Monitor.Wait(_items);
            }

            if (_cancelled)
            {
                throw new OperationCanceledException();
            }

            if (_items.Count == 0)
            {
                item = null;
                return false;
            }

            item = _items.Dequeue();
            if (_items.Count == _capacity - 1)
            {
                Monitor.PulseAll(_items);
            }

            return true;
        }
    }

    /// <summary>No more items: the consumer drains the queue, then <see cref="TryTake"/> returns false.</summary>
    public void Complete()
    {
        lock (_items)
        {
            _completed = true;
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>Wakes both sides with <see cref="OperationCanceledException"/>; items still queued are dropped.</summary>
    public void Cancel()
    {
        lock (_items)
        {
            _cancelled = true;
            Monitor.PulseAll(_items);
        }
    }
}
