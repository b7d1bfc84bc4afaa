using System.Buffers;

namespace CsEtiquette.Analysis;

/// <summary>A growable buffer over <see cref="ArrayPool{T}"/>; dispose to return the array. Not copyable in spirit: pass by ref.</summary>
internal struct PooledList<T>
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public readonly Span<T> Span => _items is null ? [] : _items.AsSpan(0, _count);

    public readonly ref T this[int index] => ref _items![index];

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = ArrayPool<T>.Shared.Rent(16);
        }
        else if (_count == _items.Length)
        {
            var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(bigger);
            ArrayPool<T>.Shared.Return(_items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            _items = bigger;
        }

        _items[_count++] = item;
    }

    public void RemoveAt(int index)
    {
        _items.AsSpan(index + 1, _count - index - 1).CopyTo(_items.AsSpan(index));
        _count--;
    }

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            _items = null;
            _count = 0;
        }
    }
}
