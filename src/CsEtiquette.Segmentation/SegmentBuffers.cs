using System.Buffers;

namespace CsEtiquette.Segmentation;

/// <summary>
/// Scratch arrays for segmenting one block, rented from <see cref="ArrayPool{T}.Shared"/> on first need and
/// returned by <see cref="Return"/>. A mutable struct owned by exactly one enumerator or call.
/// </summary>
internal struct SegmentBuffers
{
    private const int MinimumLength = 64;

    /// <summary>Route log-probabilities, length ≥ block length + 1.</summary>
    public double[] RouteProb;

    /// <summary>Route word ends (jieba's <c>route[i][1]</c>), length ≥ block length + 1.</summary>
    public int[] RouteEnd;

    /// <summary>Token end offsets of the current block, length ≥ block length.</summary>
    public int[] Ends;

    /// <summary>Viterbi back-pointer bits and decoded states, one byte per character.</summary>
    public byte[] Viterbi;

    /// <summary>Makes <see cref="RouteProb"/>, <see cref="RouteEnd"/> and <see cref="Ends"/> hold a block of <paramref name="length"/>.</summary>
    public void EnsureBlock(int length)
    {
        if (Ends is null || Ends.Length < length + 1)
        {
            ReturnBlock();
            int size = Math.Max(MinimumLength, length + 1);
            RouteProb = ArrayPool<double>.Shared.Rent(size);
            RouteEnd = ArrayPool<int>.Shared.Rent(size);
            Ends = ArrayPool<int>.Shared.Rent(size);
        }
    }

    /// <summary>Makes <see cref="Viterbi"/> hold <paramref name="length"/> observations.</summary>
    public void EnsureViterbi(int length)
    {
        if (Viterbi is null || Viterbi.Length < length)
        {
            if (Viterbi is not null)
            {
                ArrayPool<byte>.Shared.Return(Viterbi);
            }

            Viterbi = ArrayPool<byte>.Shared.Rent(Math.Max(MinimumLength, length));
        }
    }

    /// <summary>Returns every rented array to the pool.</summary>
    public void Return()
    {
        ReturnBlock();
        if (Viterbi is not null)
        {
            ArrayPool<byte>.Shared.Return(Viterbi);
            Viterbi = null!;
        }
    }

    private void ReturnBlock()
    {
        if (Ends is not null)
        {
            ArrayPool<double>.Shared.Return(RouteProb);
            ArrayPool<int>.Shared.Return(RouteEnd);
            ArrayPool<int>.Shared.Return(Ends);
            RouteProb = null!;
            RouteEnd = null!;
            Ends = null!;
        }
    }
}
