using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CsEtiquette.Insights;

/// <summary>
/// Streams a chat log (JSON Lines or RFC 4180 CSV) record by record with memory bounded by
/// <see cref="MaxRecordLength"/>, whatever the size of the log. Bad lines (invalid JSON, missing fields, unknown
/// role, bad timestamp, wrong CSV field count, over-long line) come back as entries with an error and their line
/// number; blank lines are skipped and counted in <see cref="BlankLines"/>. Not thread-safe: one reader per input.
/// </summary>
public sealed class ChatLogReader
{
    /// <summary>Default bound on one record: 1,048,576 characters.</summary>
    public const int DefaultMaxRecordLength = 1 << 20;

    private static readonly string[] CsvColumns = ["conversation", "role", "agent", "text", "at"];
    private const int MaxCachedAgentBytes = 64;
    private const int MaxCachedAgents = 4096;

    private readonly TextReader _reader;
    private readonly char[] _buf = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private readonly Dictionary<string, string> _agents = new(StringComparer.Ordinal);
    private char[] _line = new char[256];
    private byte[] _utf8 = new byte[1024];
    private int _lineLength;
    private int _pos;
    private int _len;
    private bool _eof;
    private long _lineNo = 1;
    private int[]? _csvMap; // index of each CsvColumns entry in the CSV header, -1 when absent (agent only)
    private int _csvWidth;

    /// <summary>Creates a reader over <paramref name="reader"/> (not owned: the caller disposes it).</summary>
    /// <param name="reader">The log text.</param>
    /// <param name="format">JSON Lines or CSV.</param>
    /// <param name="maxRecordLength">Longest accepted record in characters; longer ones are reported as bad
    /// lines without being buffered.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRecordLength"/> is below 16.</exception>
    public ChatLogReader(TextReader reader, ChatLogFormat format, int maxRecordLength = DefaultMaxRecordLength)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecordLength, 16);
        if (format is not (ChatLogFormat.JsonLines or ChatLogFormat.Csv))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "unknown chat-log format.");
        }

        _reader = reader;
        Format = format;
        MaxRecordLength = maxRecordLength;
    }

    /// <summary>The input format.</summary>
    public ChatLogFormat Format { get; }

    /// <summary>The longest accepted record, in characters.</summary>
    public int MaxRecordLength { get; }

    /// <summary>Blank (whitespace-only) lines skipped so far.</summary>
    public long BlankLines { get; private set; }

    /// <summary>Physical lines consumed so far.</summary>
    public long LinesRead => _lineNo - 1;

    /// <summary>
    /// Reads the next record. Returns <see langword="false"/> at the end of the input.
    /// </summary>
    /// <exception cref="ChatLogFormatException">A CSV header lacks a required column.</exception>
    public bool TryRead(out ChatLogEntry entry)
    {
        return Format == ChatLogFormat.JsonLines ? TryReadJsonLine(out entry) : TryReadCsvRecord(out entry);
    }

    /// <summary>Reads every remaining record lazily.</summary>
    /// <exception cref="ChatLogFormatException">A CSV header lacks a required column.</exception>
    public IEnumerable<ChatLogEntry> ReadAll()
    {
        while (TryRead(out var entry))
        {
            yield return entry;
        }
    }

    // ---------------------------------------------------------------- character source

    private int Peek()
    {
        if (_pos < _len)
        {
            return _buf[_pos];
        }

        if (_eof)
        {
            return -1;
        }

        _len = _reader.Read(_buf, 0, _buf.Length);
        _pos = 0;
        if (_len <= 0)
        {
            _len = 0;
            _eof = true;
            return -1;
        }

        return _buf[0];
    }

    private int Next()
    {
        var c = Peek();
        if (c >= 0)
        {
            _pos++;
            if (c == '\n')
            {
                _lineNo++;
            }
        }

        return c;
    }

    /// <summary>Reads one physical line into <see cref="_line"/>; false at EOF. Sets <paramref name="tooLong"/>.</summary>
    private bool ReadPhysicalLine(out bool tooLong)
    {
        tooLong = false;
        _lineLength = 0;
        if (Peek() < 0)
        {
            return false;
        }

        while (true)
        {
            // Scan the buffered block for '\n' in one go (fast path).
            if (_pos >= _len && Peek() < 0)
            {
                break;
            }

            var span = _buf.AsSpan(_pos, _len - _pos);
            var nl = span.IndexOf('\n');
            var chunk = nl >= 0 ? span[..nl] : span;
            Append(chunk, ref tooLong);
            _pos += chunk.Length;
            if (nl >= 0)
            {
                _pos++;
                _lineNo++;
                break;
            }
        }

        if (_lineLength > 0 && _line[_lineLength - 1] == '\r')
        {
            _lineLength--;
        }

        return true;
    }

    private void Append(ReadOnlySpan<char> chunk, ref bool tooLong)
    {
        if (tooLong)
        {
            return;
        }

        var need = _lineLength + chunk.Length;
        if (need > MaxRecordLength + 1)
        {
            tooLong = true;
            return;
        }

        if (need > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(need, _line.Length * 2));
        }

        chunk.CopyTo(_line.AsSpan(_lineLength));
        _lineLength = need;
    }

    // ---------------------------------------------------------------- JSON Lines

    private bool TryReadJsonLine(out ChatLogEntry entry)
    {
        while (true)
        {
            var start = _lineNo;
            if (!ReadPhysicalLine(out var tooLong))
            {
                entry = default;
                return false;
            }

            var line = _line.AsSpan(0, _lineLength);
            if (!tooLong && line.IsWhiteSpace())
            {
                BlankLines++;
                continue;
            }

            if (tooLong || _lineLength > MaxRecordLength)
            {
                entry = new ChatLogEntry(start, null, $"line longer than {MaxRecordLength} characters");
                return true;
            }

            if (start == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            entry = ParseJson(start, line);
            return true;
        }
    }

    private ChatLogEntry ParseJson(long lineNo, ReadOnlySpan<char> line)
    {
        var max = Encoding.UTF8.GetMaxByteCount(line.Length);
        if (_utf8.Length < max)
        {
            _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
        }

        var n = Encoding.UTF8.GetBytes(line, _utf8);
        string? conversation = null, role = null, agent = null, text = null, at = null;
        DateTimeOffset? parsedAt = null;
        try
        {
            var r = new Utf8JsonReader(_utf8.AsSpan(0, n), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
            {
                return new ChatLogEntry(lineNo, null, "invalid JSON: expected an object");
            }

            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var slot = r.ValueTextEquals("conversation"u8) ? 0
                    : r.ValueTextEquals("role"u8) ? 1
                    : r.ValueTextEquals("agent"u8) ? 2
                    : r.ValueTextEquals("text"u8) ? 3
                    : r.ValueTextEquals("at"u8) ? 4 : -1;
                var name = slot >= 0 ? CsvColumns[slot] : null;
                r.Read();
                if (slot < 0)
                {
                    r.Skip();
                    continue;
                }

                string? value;
                if (r.TokenType == JsonTokenType.String && slot == 4 && !r.ValueIsEscaped && IsoTimestamp.TryParse(r.ValueSpan, out var fast))
                {
                    // The common timestamp shape, parsed from the bytes (no string, no general parse).
                    parsedAt = fast;
                    at = null;
                    continue;
                }

                if (r.TokenType == JsonTokenType.String && slot == 1)
                {
                    // Roles are nearly always spelled exactly: no string per line for them.
                    value = r.ValueTextEquals("customer"u8) ? "customer" : r.ValueTextEquals("agent"u8) ? "agent" : null;
                    if (value is not null)
                    {
                        role = value;
                        continue;
                    }
                }

                if (r.TokenType == JsonTokenType.String && slot == 2 && !r.ValueIsEscaped && TryGetAgent(r.ValueSpan, out value))
                {
                    agent = value;
                    continue;
                }

                if (r.TokenType == JsonTokenType.String)
                {
                    // An escaped lone surrogate ("\ud800") is valid JSON but not text: GetString throws
                    // InvalidOperationException, which used to abort the whole run. It is a bad line.
                    if (!TryGetString(ref r, out value))
                    {
                        return new ChatLogEntry(lineNo, null, $"field '{name}' holds an escaped lone surrogate (\\ud800-\\udfff without its pair)");
                    }
                }
                else if (r.TokenType == JsonTokenType.Null)
                {
                    value = null;
                }
                else
                {
                    return new ChatLogEntry(lineNo, null, $"field '{name}' must be a string");
                }

                switch (slot)
                {
                    case 0: conversation = value; break;
                    case 1: role = value; break;
                    case 2: agent = value; break;
                    case 3: text = value; break;
                    default: at = value; parsedAt = null; break;
                }
            }

            if (r.TokenType != JsonTokenType.EndObject)
            {
                return new ChatLogEntry(lineNo, null, "invalid JSON: unterminated object");
            }

            if (r.Read())
            {
                return new ChatLogEntry(lineNo, null, "invalid JSON: text after the object");
            }
        }
        catch (JsonException ex)
        {
            return new ChatLogEntry(lineNo, null, "invalid JSON: " + FirstSentence(ex.Message));
        }

        return Build(lineNo, conversation, role, agent, text, at, parsedAt);
    }

    /// <summary>
    /// Agent names repeat on nearly every line: a short unescaped name is looked up (by its UTF-8 bytes, decoded into
    /// a stack buffer) in a bounded cache of the strings already made, so a name costs one string per reader, not
    /// one per line. Names already trimmed only (Build trims the others, as before).
    /// </summary>
    private bool TryGetAgent(ReadOnlySpan<byte> utf8, out string? value)
    {
        value = null;
        if (utf8.Length is 0 or > MaxCachedAgentBytes)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxCachedAgentBytes];
        if (!Encoding.UTF8.TryGetChars(utf8, chars, out var n) || n == 0 || char.IsWhiteSpace(chars[0]) || char.IsWhiteSpace(chars[n - 1]))
        {
            return false;
        }

        var name = chars[..n];
        if (name.ContainsAnyInRange('\uD800', '\uDFFF') || name.Contains('\uFFFD'))
        {
            return false; // let GetString report what it reports for odd text
        }

        var lookup = _agents.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out value))
        {
            return true;
        }

        value = name.ToString();
        if (_agents.Count < MaxCachedAgents)
        {
            _agents.Add(value, value);
        }

        return true;
    }

    private static bool TryGetString(ref Utf8JsonReader r, out string? value)
    {
        try
        {
            value = r.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).TrimEnd('.', ' ');
    }

    /// <summary>Validates the five fields shared by both formats.</summary>
    internal static ChatLogEntry Build(long lineNo, string? conversation, string? role, string? agent, string? text, string? at, DateTimeOffset? parsedAt = null)
    {
        if (string.IsNullOrWhiteSpace(conversation))
        {
            return new ChatLogEntry(lineNo, null, "missing field 'conversation'");
        }

        if (string.IsNullOrWhiteSpace(role))
        {
            return new ChatLogEntry(lineNo, null, "missing field 'role'");
        }

        ChatRole chatRole;
        var trimmedRole = role.AsSpan().Trim();
        if (trimmedRole.Equals("customer", StringComparison.OrdinalIgnoreCase))
        {
            chatRole = ChatRole.Customer;
        }
        else if (trimmedRole.Equals("agent", StringComparison.OrdinalIgnoreCase))
        {
            chatRole = ChatRole.Agent;
        }
        else
        {
            return new ChatLogEntry(lineNo, null, $"unknown role '{Clip(role)}' (expected customer or agent)");
        }

        if (string.IsNullOrWhiteSpace(agent))
        {
            if (chatRole == ChatRole.Agent)
            {
                return new ChatLogEntry(lineNo, null, "missing field 'agent' (required for agent messages)");
            }

            agent = null;
        }

        if (string.IsNullOrEmpty(text))
        {
            return new ChatLogEntry(lineNo, null, "missing field 'text'");
        }

        if (parsedAt is { } when)
        {
            // Already parsed by the JSON fast path (IsoTimestamp).
        }
        else if (string.IsNullOrWhiteSpace(at))
        {
            return new ChatLogEntry(lineNo, null, "missing field 'at'");
        }
        else if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out when))
        {
            return new ChatLogEntry(lineNo, null, $"invalid 'at' timestamp '{Clip(at)}' (expected ISO 8601, e.g. 2026-11-24T10:00:00+08:00)");
        }

        return new ChatLogEntry(lineNo, new ChatMessage(conversation, chatRole, agent?.Trim(), text, when), null);
    }

    private static string Clip(string s) => Internal.TextClip.Clip(s, 40);

    // ---------------------------------------------------------------- CSV (RFC 4180)

    private bool TryReadCsvRecord(out ChatLogEntry entry)
    {
        while (true)
        {
            var start = _lineNo;
            var status = ReadCsvFields(out var tooLong);
            if (status == CsvStatus.Eof)
            {
                entry = default;
                return false;
            }

            if (status == CsvStatus.Blank)
            {
                BlankLines++;
                continue;
            }

            if (_csvMap is null)
            {
                ReadHeader(start, status, tooLong);
                continue;
            }

            if (tooLong)
            {
                entry = new ChatLogEntry(start, null, $"record longer than {MaxRecordLength} characters");
                return true;
            }

            if (status == CsvStatus.Unterminated)
            {
                entry = new ChatLogEntry(start, null, "unterminated quoted field (reached the end of the input)");
                return true;
            }

            if (status == CsvStatus.BadQuote)
            {
                entry = new ChatLogEntry(start, null, "invalid CSV: a closing quote must be followed by ',' or the end of the line");
                return true;
            }

            if (_fields.Count != _csvWidth)
            {
                entry = new ChatLogEntry(start, null, $"expected {_csvWidth} CSV fields, found {_fields.Count}");
                return true;
            }

            var m = _csvMap;
            entry = Build(start, _fields[m[0]], _fields[m[1]], m[2] >= 0 ? _fields[m[2]] : null, _fields[m[3]], _fields[m[4]]);
            return true;
        }
    }

    private void ReadHeader(long start, CsvStatus status, bool tooLong)
    {
        if (status != CsvStatus.Ok || tooLong)
        {
            throw new ChatLogFormatException($"CSV header at line {start} is malformed.");
        }

        var map = new int[CsvColumns.Length];
        for (var c = 0; c < CsvColumns.Length; c++)
        {
            map[c] = -1;
            for (var i = 0; i < _fields.Count; i++)
            {
                var name = _fields[i].AsSpan().Trim().TrimStart('\uFEFF');
                if (name.Equals(CsvColumns[c], StringComparison.OrdinalIgnoreCase))
                {
                    map[c] = i;
                    break;
                }
            }

            if (map[c] < 0 && c != 2)
            {
                throw new ChatLogFormatException(
                    $"CSV header at line {start} has no '{CsvColumns[c]}' column (need conversation,role,agent,text,at; found {string.Join(',', _fields)}).");
            }
        }

        _csvMap = map;
        _csvWidth = _fields.Count;
    }

    private enum CsvStatus
    {
        Ok,
        Blank,
        Eof,
        Unterminated,
        BadQuote,
    }

    private CsvStatus ReadCsvFields(out bool tooLong)
    {
        tooLong = false;
        _fields.Clear();
        if (Peek() < 0)
        {
            return CsvStatus.Eof;
        }

        var total = 0;
        var status = CsvStatus.Ok;
        var anyContent = false;
        while (true)
        {
            _field.Clear();
            var c = Peek();
            if (c == '"')
            {
                anyContent = true;
                Next();
                while (true)
                {
                    c = Next();
                    if (c < 0)
                    {
                        _fields.Add(string.Empty);
                        return CsvStatus.Unterminated;
                    }

                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Next();
                        }
                        else
                        {
                            break;
                        }
                    }

                    if (++total > MaxRecordLength)
                    {
                        tooLong = true;
                    }
                    else
                    {
                        _field.Append((char)c);
                    }
                }

                c = Peek();
                if (c is not (',' or '\r' or '\n' or -1))
                {
                    status = CsvStatus.BadQuote;
                    SkipRestOfLine();
                    _fields.Add(_field.ToString());
                    return status;
                }
            }
            else
            {
                while ((c = Peek()) is not (',' or '\r' or '\n' or -1))
                {
                    Next();
                    anyContent |= !char.IsWhiteSpace((char)c);
                    if (++total > MaxRecordLength)
                    {
                        tooLong = true;
                    }
                    else
                    {
                        _field.Append((char)c);
                    }
                }
            }

            _fields.Add(_field.ToString());
            c = Next();
            if (c == ',')
            {
                anyContent = true;
                continue;
            }

            if (c == '\r' && Peek() == '\n')
            {
                Next();
            }

            return anyContent || _fields.Count > 1 ? status : CsvStatus.Blank;
        }
    }

    private void SkipRestOfLine()
    {
        int c;
        while ((c = Next()) >= 0 && c != '\n')
        {
        }
    }
}
