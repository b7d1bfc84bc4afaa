namespace CsEtiquette.Packs;

/// <summary>
/// One pack format: how its loader names errors and reads an opened pack. Gives every loader the same four ways in
/// (file, stream, text, embedded resource), so no loader repeats the open-read-dispose steps. Thread-safe.
/// </summary>
/// <typeparam name="T">What the pack loads into.</typeparam>
internal sealed class PackFormat<T>(PackErrorFactory error, Func<PackDocument, T> read)
{
    public PackErrorFactory Error { get; } = error;

    public T ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var pack = PackReader.OpenFile(path, Error);
        return read(pack);
    }

    public T ReadStream(Stream utf8Json, string source)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(source);
        using var pack = PackReader.OpenStream(utf8Json, source, Error);
        return read(pack);
    }

    public T ReadText(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        using var pack = PackReader.OpenText(json, source, Error);
        return read(pack);
    }

    /// <summary>Reads the embedded resource <paramref name="resourceName"/> of <paramref name="anchor"/>'s assembly.</summary>
    public T ReadEmbedded(Type anchor, string resourceName)
    {
        using var pack = PackReader.OpenEmbedded(anchor.Assembly, resourceName, Error);
        return read(pack);
    }
}
