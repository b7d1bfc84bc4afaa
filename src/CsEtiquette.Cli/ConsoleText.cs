using System.Globalization;
using System.Text;

namespace CsEtiquette.Cli;

/// <summary>
/// Neutralises characters that would act on a terminal instead of being shown: C0 controls except tab and line
/// breaks (ESC, NUL, BEL…), DEL, C1 controls and the bidirectional overrides/isolates (U+202A–U+202E, U+2066–U+2069,
/// e.g. RLO). Each becomes the visible escape <c>\uXXXX</c>, which inside a JSON string means the same character, so
/// JSON output keeps its value. Every console writer of <c>cse</c> goes through it.
/// </summary>
internal static class ConsoleText
{
    // The characters of IsUnsafe, for a vectorised scan of whole spans (most output has none).
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(BuildUnsafe());

    /// <summary>Whether <paramref name="text"/> holds any unsafe character (vectorised).</summary>
    public static bool HasUnsafe(ReadOnlySpan<char> text) => text.ContainsAny(Unsafe);

    private static string BuildUnsafe()
    {
        var sb = new StringBuilder();
        for (var c = '\0'; c < '\u2070'; c++)
        {
            if (IsUnsafe(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is neutralised.</summary>
    public static bool IsUnsafe(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary><paramref name="text"/> with every unsafe character escaped; the same instance when there is none.</summary>
    public static string Neutralize(string text)
    {
        var i = text.AsSpan().IndexOfAny(Unsafe);
        if (i < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            Append(sb, text[i]);
        }

        return sb.ToString();
    }

    internal static void Append(StringBuilder sb, char c)
    {
        if (IsUnsafe(c))
        {
            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            sb.Append(c);
        }
    }
}

/// <summary>A <see cref="TextWriter"/> that neutralises unsafe characters (<see cref="ConsoleText"/>) on the way out.</summary>
internal sealed class ConsoleSafeWriter : TextWriter
{
    private ConsoleSafeWriter(TextWriter inner)
    {
        Inner = inner;
        base.NewLine = inner.NewLine;
    }

    /// <summary>The wrapped writer (for Spectre.Console's own colour sequences, whose data is neutralised beforehand).</summary>
    public TextWriter Inner { get; }

    /// <inheritdoc />
    public override Encoding Encoding => Inner.Encoding;

    /// <inheritdoc />
    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => Inner.NewLine;
        set
        {
            Inner.NewLine = value;
            base.NewLine = value;
        }
    }

    /// <summary>Wraps <paramref name="writer"/> once (an already safe writer is returned as it is).</summary>
    public static TextWriter Wrap(TextWriter writer) => writer is ConsoleSafeWriter ? writer : new ConsoleSafeWriter(writer);

    /// <summary>The writer beneath any <see cref="ConsoleSafeWriter"/>.</summary>
    public static TextWriter Unwrap(TextWriter writer) => writer is ConsoleSafeWriter s ? s.Inner : writer;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (ConsoleText.IsUnsafe(value))
        {
            Inner.Write(ConsoleText.Neutralize(value.ToString()));
        }
        else
        {
            Inner.Write(value);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is not null)
        {
            Inner.Write(ConsoleText.Neutralize(value));
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        // Fast path: safe text goes straight through (no copy); only text with an unsafe character is rebuilt.
        if (ConsoleText.HasUnsafe(buffer))
        {
            Inner.Write(ConsoleText.Neutralize(buffer.ToString()));
        }
        else
        {
            Inner.Write(buffer);
        }
    }

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        Inner.WriteLine();
    }

    /// <inheritdoc />
    public override void WriteLine() => Inner.WriteLine();

    /// <inheritdoc />
    public override void Flush() => Inner.Flush();

    /// <inheritdoc />
    public override string ToString() => Inner.ToString() ?? string.Empty;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Flush();
        }

        base.Dispose(disposing);
    }
}
