using System.Globalization;
using System.Text.Json;
using CsEtiquette.Internal;

namespace CsEtiquette.Packs;

/// <summary>
/// A value inside a pack with its JSON path. Every accessor checks the kind and range and otherwise throws the
/// loader's pack exception naming the path, so a loader never sees a mistyped value. The text of every string was
/// checked when the pack was opened (<see cref="PackReader"/>), so reading one never fails on a lone surrogate.
/// </summary>
internal readonly struct PackValue
{
    private readonly PackContext _context;

    internal PackValue(JsonElement element, string path, PackContext context)
    {
        Element = element;
        Path = path;
        _context = context;
    }

    public JsonElement Element { get; }

    public string Path { get; }

    public string Source => _context.Source;

    public JsonValueKind Kind => Element.ValueKind;

    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    internal PackContext Context => _context;

    /// <summary>The loader's exception for <paramref name="problem"/> at this value's path.</summary>
    public EtiquettePackException Fail(string problem, Exception? inner = null) => _context.Error(Path, problem, inner);

    /// <summary>"expected <paramref name="expected"/>, found a number".</summary>
    public EtiquettePackException Mistyped(string expected) => Fail($"expected {expected}, found {JsonKinds.Describe(Kind)}");

    /// <summary>An object whose property names must all be in <paramref name="allowed"/>.</summary>
    public PackObject AsObject(params string[] allowed)
    {
        var o = AsMap();
        o.Only(allowed);
        return o;
    }

    /// <summary>An object with any property names (a map such as word → weight).</summary>
    public PackObject AsMap() => Kind == JsonValueKind.Object ? new PackObject(this) : throw Mistyped("an object");

    /// <summary>The items of an array, each with its path.</summary>
    public PackValue[] AsArray()
    {
        if (Kind != JsonValueKind.Array)
        {
            throw Mistyped("an array");
        }

        var items = new PackValue[Element.GetArrayLength()];
        var i = 0;
        foreach (var e in Element.EnumerateArray())
        {
            items[i] = new PackValue(e, PackPath.Index(Path, i), _context);
            i++;
        }

        return items;
    }

    /// <summary>Any string, empty included.</summary>
    public string AsString() => Kind == JsonValueKind.String ? Element.GetString()! : throw Mistyped("a string");

    /// <summary>A string with at least one non-white-space character.</summary>
    public string AsText()
    {
        var s = AsString();
        return string.IsNullOrWhiteSpace(s) ? throw Fail("must not be empty or blank") : s;
    }

    public bool AsBool() => Kind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Mistyped("true or false"),
    };

    /// <summary>A whole number in <paramref name="min"/>..<paramref name="max"/>.</summary>
    public int AsInt(int min = int.MinValue, int max = int.MaxValue)
    {
        if (Kind != JsonValueKind.Number)
        {
            throw Mistyped(Range("a whole number", min, max));
        }

        if (!Element.TryGetInt32(out var n) || n < min || n > max)
        {
            throw Fail($"must be {Range("a whole number", min, max)}, not {Element.GetRawText()}");
        }

        return n;
    }

    /// <summary>A finite number in <paramref name="min"/>..<paramref name="max"/>.</summary>
    public double AsNumber(double min, double max)
    {
        if (Kind != JsonValueKind.Number)
        {
            throw Mistyped(string.Create(CultureInfo.InvariantCulture, $"a number in {min}..{max}"));
        }

        if (!Element.TryGetDouble(out var x) || !double.IsFinite(x) || x < min || x > max)
        {
            throw Fail(string.Create(CultureInfo.InvariantCulture, $"must be a number in {min}..{max}, not {Element.GetRawText()}"));
        }

        return x;
    }

    /// <summary>A decimal number of at least <paramref name="min"/>.</summary>
    public decimal AsDecimal(decimal min)
    {
        if (Kind != JsonValueKind.Number)
        {
            throw Mistyped(string.Create(CultureInfo.InvariantCulture, $"a number of at least {min}"));
        }

        return Element.TryGetDecimal(out var m) && m >= min
            ? m
            : throw Fail(string.Create(CultureInfo.InvariantCulture, $"must be a number of at least {min}, not {Element.GetRawText()}"));
    }

    /// <summary>An array of non-blank strings with at least <paramref name="minCount"/> items.</summary>
    public string[] AsStrings(int minCount = 0)
    {
        var items = AsArray();
        var result = new string[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            result[i] = items[i].AsText();
        }

        if (result.Length < minCount)
        {
            throw Fail(string.Create(CultureInfo.InvariantCulture, $"needs at least {minCount} item(s)"));
        }

        return result;
    }

    /// <summary>A string naming a member of <typeparamref name="T"/> (exact spelling, no numbers).</summary>
    public T AsEnum<T>()
        where T : struct, Enum => ParseEnum<T>(AsString(), this);

    internal static T ParseEnum<T>(string name, PackValue at)
        where T : struct, Enum =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name[0] != '-' && Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw at.Fail($"unknown {typeof(T).Name} '{name}' (expected one of: {string.Join(", ", Enum.GetNames<T>())})");

    private static string Range(string what, int min, int max) => (min, max) switch
    {
        (int.MinValue, int.MaxValue) => what,
        (_, int.MaxValue) => string.Create(CultureInfo.InvariantCulture, $"{what} of at least {min}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{what} from {min} to {max}"),
    };
}
