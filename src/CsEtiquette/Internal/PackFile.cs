using System.Text;

namespace CsEtiquette.Internal;

/// <summary>
/// The limits every user pack file (rules, templates, analysis lexicons) passes before it is parsed: a size cap, so an
/// endless file (<c>--rules /dev/zero</c>) fails fast with a clear error instead of exhausting memory, and a check for
/// escaped lone surrogates (<c>"\ud800"</c>), which <see cref="System.Text.Json.JsonElement.GetString"/> cannot turn into
/// a string. Pack loaders call it and wrap the problem in their own exception naming the path. Thread-safe.
/// </summary>
internal static class PackFile
{
    /// <summary>Largest pack file read: 16 MiB (the embedded packs are all below 1 MiB).</summary>
    public const int MaxBytes = 16 << 20;

    /// <summary>Reads <paramref name="path"/> as UTF-8 (a BOM is skipped; invalid bytes become U+FFFD).</summary>
    /// <exception cref="PackFileTooLargeException">The file holds more than <see cref="MaxBytes"/> bytes.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadAllText(string path) => Decode(ReadAllBytes(path));

    /// <summary>Reads at most <see cref="MaxBytes"/> bytes of <paramref name="path"/>; works for devices and pipes.</summary>
    /// <exception cref="PackFileTooLargeException">The file holds more than <see cref="MaxBytes"/> bytes.</exception>
    public static byte[] ReadAllBytes(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return ReadAllBytes(stream, path);
    }

    /// <summary>Reads <paramref name="stream"/> to its end, failing once it passes <see cref="MaxBytes"/>.</summary>
    /// <exception cref="PackFileTooLargeException">The stream holds more than <see cref="MaxBytes"/> bytes.</exception>
    public static byte[] ReadAllBytes(Stream stream, string source)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > MaxBytes)
            {
                throw new PackFileTooLargeException(source);
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>UTF-8 text of <paramref name="bytes"/> without a leading BOM.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// The 1-based line of the first escaped lone surrogate in a JSON text (<c>\ud800</c> not followed by a low
    /// <c>\udc00</c>-<c>\udfff</c> escape, or a low one on its own), or 0 when there is none. Linear.
    /// </summary>
    public static int FindLoneSurrogateEscape(ReadOnlySpan<char> json)
    {
        var line = 1;
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            if (c == '\n')
            {
                line++;
            }
            else if (c == '\\' && i + 1 < json.Length)
            {
                if (json[i + 1] != 'u' || !TryHex4(json, i + 2, out var u))
                {
                    i += 2; // any other escape (\\ and \" included) is two characters
                    continue;
                }

                if (u is >= 0xDC00 and <= 0xDFFF)
                {
                    return line;
                }

                if (u is >= 0xD800 and <= 0xDBFF)
                {
                    if (!(i + 12 <= json.Length && json[i + 6] == '\\' && json[i + 7] == 'u' && TryHex4(json, i + 8, out var low)
                        && low is >= 0xDC00 and <= 0xDFFF))
                    {
                        return line;
                    }

                    i += 12;
                    continue;
                }

                i += 6;
                continue;
            }

            i++;
        }

        return 0;
    }

    private static bool TryHex4(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (at + 4 > s.Length)
        {
            return false;
        }

        for (var k = at; k < at + 4; k++)
        {
            var d = s[k] switch
            {
                >= '0' and <= '9' => s[k] - '0',
                >= 'a' and <= 'f' => s[k] - 'a' + 10,
                >= 'A' and <= 'F' => s[k] - 'A' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                return false;
            }

            value = (value << 4) | d;
        }

        return true;
    }
}

/// <summary>A pack file larger than <see cref="PackFile.MaxBytes"/>; loaders wrap it in their pack exception.</summary>
internal sealed class PackFileTooLargeException : IOException
{
    public PackFileTooLargeException(string source)
        : base($"{source} is larger than the {PackFile.MaxBytes >> 20} MiB pack size limit; a pack is a small JSON file.")
    {
    }
}
