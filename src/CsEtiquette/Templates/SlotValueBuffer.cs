using System.Runtime.CompilerServices;

namespace CsEtiquette.Templates;

/// <summary>Stack storage for the resolved slot values of one render (templates with up to 16 slots).</summary>
[InlineArray(Capacity)]
internal struct SlotValueBuffer
{
    public const int Capacity = 16;

#pragma warning disable IDE0044, IDE0051, CA1823 // the single element of an inline array is accessed through spans
    private string? _element0;
#pragma warning restore IDE0044, IDE0051, CA1823
}
