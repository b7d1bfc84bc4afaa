using System.Buffers;

namespace CsEtiquette.Analysis;

/// <summary>
/// Keeps every feature of one message, in extraction order, in a pooled buffer, so scoring and the evidence pass read
/// the one extraction instead of running it twice (#14). Dispose to return the buffer.
/// </summary>
internal struct FeatureRecorder : IFeatureSink
{
    private FeatureRecord[] _items;
    private int _count;

    /// <summary>Rents room for <paramref name="capacity"/> features (about 4 per character is typical; the buffer grows when needed).</summary>
    public FeatureRecorder(int capacity)
    {
        _items = ArrayPool<FeatureRecord>.Shared.Rent(Math.Max(16, capacity));
        _count = 0;
    }

    public readonly ReadOnlySpan<FeatureRecord> Records => _items is null ? [] : _items.AsSpan(0, _count);

    public void Add(uint hash, float value, int start, int length)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = new FeatureRecord(hash, value, start, length);
    }

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<FeatureRecord>.Shared.Return(_items);
            _items = null!;
            _count = 0;
        }
    }

    private void Grow()
    {
        var bigger = ArrayPool<FeatureRecord>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(bigger);
        ArrayPool<FeatureRecord>.Shared.Return(_items);
        _items = bigger;
    }
}
