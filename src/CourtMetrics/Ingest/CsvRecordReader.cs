using System.Buffers;

namespace CourtMetrics.Ingest;

/// <summary>
/// A forward-only RFC 4180 reader over a TextReader: any one-character delimiter, quoted fields with "" escapes
/// and line breaks, LF or CRLF. Fields are spans into its buffer (no string per field), valid until the next
/// Read. Line is the file line on which the current record starts (1 = the header).
/// </summary>
public sealed class CsvRecordReader(TextReader reader, char delimiter)
{
    private readonly SearchValues<char> _fieldEnds = SearchValues.Create([delimiter, '\r', '\n']);
    private char[] _buffer = new char[1 << 16];
    private int _length, _position;
    private bool _endOfInput;
    private int _nextLine = 1;
    // Fields as (start, length) in _buffer, or in _unquoted when an escaped quote had to be removed.
    private readonly List<(bool Unquoted, int Start, int Length)> _fields = [];
    private char[] _unquoted = new char[256];
    private int _unquotedLength;

    public int Line { get; private set; }
    public int FieldCount => _fields.Count;
    /// <summary>Why the current record is malformed (an unterminated quote, text after a closing quote), or null.</summary>
    public string? Error { get; private set; }

    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var (unquoted, start, length) = _fields[index];
            return (unquoted ? _unquoted : _buffer).AsSpan(start, length);
        }
    }

    public ReadOnlyMemory<char> Memory(int index)
    {
        var (unquoted, start, length) = _fields[index];
        return (unquoted ? _unquoted : _buffer).AsMemory(start, length);
    }

    /// <summary>True for a record that is one empty field: a blank line.</summary>
    public bool IsBlank => _fields.Count == 1 && _fields[0].Length == 0;

    /// <summary>Reads the next record; false at the end of input. Asynchronous, so request bodies can be read.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_position >= _length && _endOfInput) return false;
            if (TryParseRecord()) return true;
            await RefillAsync(cancellationToken);
        }
    }

    // Parses one record from _position; false when the buffer ends before the record does (and input remains).
    private bool TryParseRecord()
    {
        _fields.Clear();
        _unquotedLength = 0;
        Error = null;
        var lines = 0;
        var i = _position;
        while (true)
        {
            if (i < _length && _buffer[i] == '"')
            {
                if (!TryQuotedField(ref i, ref lines)) return false;
            }
            else
            {
                var end = _buffer.AsSpan(i, _length - i).IndexOfAny(_fieldEnds);
                if (end < 0 && !_endOfInput) return false;
                end = end < 0 ? _length : i + end;
                _fields.Add((false, i, end - i));
                i = end;
            }
            if (i >= _length)
            {
                if (!_endOfInput) return false;
                break;
            }
            var c = _buffer[i];
            if (c == delimiter) { i++; continue; }
            if (c == '\r')
            {
                if (i + 1 >= _length && !_endOfInput) return false;
                if (i + 1 < _length && _buffer[i + 1] == '\n') i++;
            }
            i++;
            lines++;
            break;
        }
        Line = _nextLine;
        _nextLine += Math.Max(lines, 1);
        _position = i;
        return true;
    }

    // A quoted field starting at i; leaves i after the closing quote (and any stray text up to the field's end).
    private bool TryQuotedField(ref int i, ref int lines)
    {
        var start = i + 1;
        var scan = start;
        var escaped = false;
        while (true)
        {
            var quote = _buffer.AsSpan(scan, _length - scan).IndexOf('"');
            if (quote < 0)
            {
                if (!_endOfInput) return false;
                Error = "unterminated quoted field";
                lines += _buffer.AsSpan(start, _length - start).Count('\n');
                _fields.Add((false, start, _length - start));
                i = _length;
                return true;
            }
            scan += quote;
            if (scan + 1 >= _length && !_endOfInput) return false;
            if (scan + 1 < _length && _buffer[scan + 1] == '"') { escaped = true; scan += 2; continue; }
            break;
        }
        var content = _buffer.AsSpan(start, scan - start);
        lines += content.Count('\n');
        if (escaped) AddUnescaped(content);
        else _fields.Add((false, start, content.Length));
        i = scan + 1;
        if (i < _length && !_fieldEnds.Contains(_buffer[i]))
        {
            Error = "text after a closing quote";
            var end = _buffer.AsSpan(i, _length - i).IndexOfAny(_fieldEnds);
            if (end < 0 && !_endOfInput) return false;
            i = end < 0 ? _length : i + end;
        }
        return true;
    }

    private void AddUnescaped(ReadOnlySpan<char> content)
    {
        if (_unquoted.Length < _unquotedLength + content.Length) Array.Resize(ref _unquoted, (_unquotedLength + content.Length) * 2);
        var start = _unquotedLength;
        for (var k = 0; k < content.Length; k++)
        {
            _unquoted[_unquotedLength++] = content[k];
            if (content[k] == '"') k++; // "" → "
        }
        _fields.Add((true, start, _unquotedLength - start));
    }

    // Keeps the unread part, grows the buffer if one record fills it, and reads more.
    private async ValueTask RefillAsync(CancellationToken cancellationToken)
    {
        var remaining = _length - _position;
        if (remaining == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        Array.Copy(_buffer, _position, _buffer, 0, remaining);
        _position = 0;
        _length = remaining;
        var read = await reader.ReadAsync(_buffer.AsMemory(_length, _buffer.Length - _length), cancellationToken);
        if (read == 0) _endOfInput = true;
        _length += read;
    }
}
