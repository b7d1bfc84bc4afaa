using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CsEtiquette.Internal;

namespace CsEtiquette.Packs;

/// <summary>
/// The one strict reader of every pack (rules, templates, lexicons, knowledge, training, inspection, cues, replies,
/// lint config). Opening a pack reads at most <see cref="PackFile.MaxBytes"/>, parses the JSON (comments allowed,
/// trailing commas not), and walks the whole document once so that a string that is not text (an escaped lone
/// surrogate, invalid UTF-8) or a key repeated in one object is a pack error naming its JSON path before any loader
/// looks at it. Loaders then read through <see cref="PackValue"/> / <see cref="PackObject"/>, which reject unknown
/// and mistyped properties with the path. Packs load once, so the document walk costs nothing per message.
/// Thread-safe (no shared state).
/// </summary>
internal static class PackReader
{
    /// <summary>The pack format version this library reads (<c>$.schemaVersion</c>).</summary>
    public const int SchemaVersion = 1;

    /// <summary>The header properties every pack may have, in the order the schemas list them.</summary>
    public static readonly string[] HeaderProperties = ["$schema", "schemaVersion", "locale", "name", "version", "description"];

    /// <summary>The locales whose packs this library reads.</summary>
    public static readonly string[] Locales = ["zh-CN"];

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = 32,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Opens the pack file <paramref name="path"/> (its path is the source in errors).</summary>
    public static PackDocument OpenFile(string path, PackErrorFactory error)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = PackFile.ReadAllBytes(path);
        }
        catch (PackFileTooLargeException ex)
        {
            throw error(path, PackPath.Root, ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw error(path, PackPath.Root, $"cannot read the file: {ex.Message}", ex);
        }

        return Open(bytes, path, error);
    }

    /// <summary>Opens a pack from a UTF-8 stream (read to its end, not disposed).</summary>
    public static PackDocument OpenStream(Stream utf8Json, string source, PackErrorFactory error)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        byte[] bytes;
        try
        {
            bytes = PackFile.ReadAllBytes(utf8Json, source);
        }
        catch (IOException ex)
        {
            throw error(source, PackPath.Root, ex.Message, ex);
        }

        return Open(bytes, source, error);
    }

    /// <summary>Opens a pack from JSON text.</summary>
    public static PackDocument OpenText(string json, string source, PackErrorFactory error)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            var line = LineAt(json.AsSpan(0, Math.Clamp(ex.Index, 0, json.Length)));
            throw error(source, PackPath.Root, $"line {line}: a lone surrogate character (U+{(int)ex.CharUnknown:X4} without its pair) is not text", ex);
        }

        return Open(bytes, source, error);
    }

    /// <summary>
    /// Opens the embedded resource <c>CsEtiquette.Data.&lt;file&gt;</c> of <paramref name="assembly"/>; the source
    /// in errors is <c>embedded:&lt;file&gt;</c>.
    /// </summary>
    public static PackDocument OpenEmbedded(Assembly assembly, string resourceName, PackErrorFactory error)
    {
        var source = EmbeddedSource(resourceName);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw error(source, PackPath.Root, $"the embedded resource '{resourceName}' is missing from {assembly.GetName().Name}", null);
        return OpenStream(stream, source, error);
    }

    /// <summary><c>embedded:rules.zh-CN.json</c> for <c>CsEtiquette.Data.rules.zh-CN.json</c>.</summary>
    public static string EmbeddedSource(string resourceName) =>
        "embedded:" + (resourceName.StartsWith("CsEtiquette.Data.", StringComparison.Ordinal) ? resourceName["CsEtiquette.Data.".Length..] : resourceName);

    /// <summary>Opens a pack from UTF-8 bytes (a leading BOM is skipped).</summary>
    public static PackDocument Open(byte[] utf8Json, string source, PackErrorFactory error)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(error);
        var bytes = utf8Json.AsMemory();
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var context = new PackContext(source, error);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "?";
            var problem = Utf8.IsValid(bytes.Span) ? $"malformed JSON at {where}: {ex.Message}" : $"line {InvalidUtf8Line(bytes.Span)}: invalid UTF-8 is not text";
            throw context.Error(ex.Path is { Length: > 0 } p ? p : PackPath.Root, problem, ex);
        }

        try
        {
            new TextCheck(context, bytes).Walk(doc.RootElement, PackPath.Root);
        }
        catch
        {
            doc.Dispose();
            throw;
        }

        return new PackDocument(doc, context);
    }

    private static int LineAt(ReadOnlySpan<char> before) => before.Count('\n') + 1;

    private static int InvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        // Utf8.ToUtf16 stops at the first invalid sequence: the bytes read are the valid prefix.
        var chars = new char[bytes.Length];
        _ = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        return bytes[..read].Count((byte)'\n') + 1;
    }

    /// <summary>One walk over the document: every string and key is text, no object repeats a key.</summary>
    private sealed class TextCheck(PackContext context, ReadOnlyMemory<byte> bytes)
    {
        public void Walk(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var p in e.EnumerateObject())
                    {
                        string name;
                        try
                        {
                            name = p.Name;
                        }
                        catch (InvalidOperationException ex)
                        {
                            throw context.Error(path, "a property name: " + NotText(), ex);
                        }

                        var at = PackPath.Member(path, name);
                        if (!names.Add(name))
                        {
                            throw context.Error(at, $"duplicate property '{name}' (an object names each property once)");
                        }

                        Walk(p.Value, at);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item, PackPath.Index(path, i++));
                    }

                    break;
                case JsonValueKind.String:
                    try
                    {
                        _ = e.GetString();
                    }
                    catch (InvalidOperationException ex)
                    {
                        throw context.Error(path, NotText(), ex);
                    }

                    break;
            }
        }

        private string NotText()
        {
            var span = bytes.Span;
            if (!Utf8.IsValid(span))
            {
                return $"line {InvalidUtf8Line(span)}: invalid UTF-8 is not text";
            }

            var line = PackFile.FindLoneSurrogateEscape(PackFile.Decode(span));
            return $"line {line}: an escaped lone surrogate (\\ud800-\\udfff without its pair) is not text";
        }
    }
}
