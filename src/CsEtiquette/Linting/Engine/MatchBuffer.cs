using System.Buffers;

namespace CsEtiquette.Linting.Engine;

/// <summary>A growable list of <see cref="PatternMatch"/> backed by pooled arrays. Dispose to return them.</summary>
internal struct MatchBuffer : IDisposable
{
    private PatternMatch[] _items;

    public MatchBuffer(int capacity)
    {
        _items = ArrayPool<PatternMatch>.Shared.Rent(Math.Max(capacity, 8));
        Count = 0;
    }

    public int Count { get; private set; }

    public readonly PatternMatch this[int index] => _items[index];

    public readonly Span<PatternMatch> AsSpan() => _items.AsSpan(0, Count);

    public void Add(PatternMatch m)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<PatternMatch>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, bigger, Count);
            ArrayPool<PatternMatch>.Shared.Return(_items);
            _items = bigger;
        }

        _items[Count++] = m;
    }

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<PatternMatch>.Shared.Return(_items);
            _items = null!;
        }
    }
}
