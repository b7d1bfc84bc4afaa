using System.Text.Json;

namespace CsEtiquette.Packs;

/// <summary>A JSON object inside a pack with its path; see <see cref="PackValue"/>.</summary>
internal readonly struct PackObject
{
    internal PackObject(PackValue value) => Value = value;

    public PackValue Value { get; }

    public string Path => Value.Path;

    public int Count
    {
        get
        {
            var n = 0;
            foreach (var unused in Value.Element.EnumerateObject())
            {
                n++;
            }

            return n;
        }
    }

    public EtiquettePackException Fail(string problem) => Value.Fail(problem);

    /// <summary>Rejects the first property not in <paramref name="allowed"/>, naming its path.</summary>
    public void Only(string[] allowed)
    {
        foreach (var p in Value.Element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                throw Value.Context.Error(
                    PackPath.Member(Path, p.Name),
                    $"unknown property '{p.Name}' (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    public bool Has(string name) => Value.Element.TryGetProperty(name, out _);

    /// <summary>The property <paramref name="name"/> when present (JSON null included).</summary>
    public bool TryGet(string name, out PackValue value)
    {
        if (Value.Element.TryGetProperty(name, out var e))
        {
            value = new PackValue(e, PackPath.Member(Path, name), Value.Context);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The property <paramref name="name"/>, or a pack error "required property 'name' is missing".</summary>
    public PackValue Required(string name) =>
        TryGet(name, out var v) ? v : throw Value.Context.Error(PackPath.Member(Path, name), $"required property '{name}' is missing");

    public string RequiredText(string name) => Required(name).AsText();

    public string RequiredString(string name) => Required(name).AsString();

    /// <summary>The string <paramref name="name"/>, or null when the property is absent.</summary>
    public string? OptionalString(string name) => TryGet(name, out var v) ? v.AsString() : null;

    /// <summary>The non-blank string <paramref name="name"/>, or null when the property is absent.</summary>
    public string? OptionalText(string name) => TryGet(name, out var v) ? v.AsText() : null;

    public bool OptionalBool(string name, bool fallback) => TryGet(name, out var v) ? v.AsBool() : fallback;

    public int OptionalInt(string name, int fallback, int min = int.MinValue, int max = int.MaxValue) =>
        TryGet(name, out var v) ? v.AsInt(min, max) : fallback;

    /// <summary>The properties in file order, each with its path.</summary>
    public PackMember[] Members()
    {
        var list = new List<PackMember>();
        foreach (var p in Value.Element.EnumerateObject())
        {
            list.Add(new PackMember(p.Name, new PackValue(p.Value, PackPath.Member(Path, p.Name), Value.Context)));
        }

        return [.. list];
    }
}
