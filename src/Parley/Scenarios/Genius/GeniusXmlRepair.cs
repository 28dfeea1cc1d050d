using System.Text;

namespace Parley.Scenarios.Genius;

/// <summary>
/// Rewrites the text of a GENIUS file into well-formed XML the way GENIUS's own lenient <c>SimpleDOMParser</c> reads it:
/// anything before the root element (comments before the XML declaration, the declaration itself) and anything after it
/// is blanked; a bare <c>&amp;</c> becomes <c>&amp;amp;</c>; a missing space between two attributes is inserted; an
/// unquoted attribute value is quoted; a <c>&lt;</c> inside an attribute value is escaped.
/// Every repair keeps line breaks where they were, so line numbers stay those of the original file; the columns that
/// insertions shift are mapped back by <see cref="RepairedText.OriginalColumn"/>.
/// </summary>
internal static class GeniusXmlRepair
{
    /// <summary>Repairs <paramref name="text"/>; the result's <see cref="RepairedText.RootName"/> is null when there is no element at all.</summary>
    public static RepairedText Repair(string text)
    {
        var scanner = new Scanner(text);
        return scanner.Run();
    }

    private static int FindRootStart(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length)
            {
                return -1;
            }

            if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0)
            {
                i = SkipPast(text, lt + 4, "-->");
            }
            else if (text[lt + 1] == '?')
            {
                i = SkipPast(text, lt + 2, "?>");
            }
            else if (text[lt + 1] == '!')
            {
                i = SkipPast(text, lt + 2, ">");
            }
            else if (IsNameStart(text[lt + 1]))
            {
                return lt;
            }
            else
            {
                i = lt + 1;
            }
        }

        return -1;
    }

    private static int SkipPast(string text, int from, string terminator)
    {
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    private static string ReadName(string text, int from)
    {
        var end = from;
        while (end < text.Length && IsNameChar(text[end]))
        {
            end++;
        }

        return text[from..end];
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == ':';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '.';

    /// <summary>Whether an <c>&amp;</c> at <paramref name="at"/> starts one of XML's five entities or a character reference.</summary>
    private static bool IsEntity(string text, int at)
    {
        var semicolon = text.IndexOf(';', at + 1, Math.Min(12, text.Length - at - 1));
        if (semicolon < 0)
        {
            return false;
        }

        var body = text.AsSpan(at + 1, semicolon - at - 1);
        if (body is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            return true;
        }

        if (body.Length >= 2 && body[0] == '#')
        {
            var digits = body[1] is 'x' or 'X' ? body[2..] : body[1..];
            var hex = body[1] is 'x' or 'X';
            if (digits.IsEmpty)
            {
                return false;
            }

            foreach (var d in digits)
            {
                if (!(char.IsAsciiDigit(d) || (hex && char.IsAsciiHexDigit(d))))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private sealed class Scanner(string text)
    {
        private readonly StringBuilder _output = new(text.Length + 64);
        private readonly List<RepairedText.Insertion> _insertions = [];
        private int _i;
        private int _line = 1;
        private int _column = 1;

        public RepairedText Run()
        {
            var rootStart = FindRootStart(text);
            if (rootStart < 0)
            {
                return new RepairedText(text, null, _insertions);
            }

            var rootName = ReadName(text, rootStart + 1);
            Blank(rootStart);
            var depth = 0;
            while (_i < text.Length)
            {
                var c = text[_i];
                if (c == '<')
                {
                    if (Starts("<!--"))
                    {
                        CopyThrough("-->");
                    }
                    else if (Starts("<![CDATA["))
                    {
                        CopyThrough("]]>");
                    }
                    else if (Starts("<?"))
                    {
                        CopyThrough("?>");
                    }
                    else if (Starts("<!"))
                    {
                        CopyThrough(">");
                    }
                    else if (Starts("</"))
                    {
                        CopyThrough(">");
                        depth--;
                    }
                    else if (_i + 1 < text.Length && IsNameStart(text[_i + 1]))
                    {
                        if (!Tag())
                        {
                            depth++;
                        }
                    }
                    else
                    {
                        // A '<' that starts nothing: text, escaped.
                        Copy();
                        Insert("lt;", replacesPrevious: true);
                    }

                    if (depth <= 0)
                    {
                        // The root element is closed: GENIUS stops reading here, so blank whatever follows.
                        Blank(text.Length);
                        break;
                    }
                }
                else if (c == '&' && !IsEntity(text, _i))
                {
                    Copy();
                    Insert("amp;");
                }
                else
                {
                    Copy();
                }
            }

            return new RepairedText(_output.ToString(), rootName, _insertions);
        }

        /// <summary>Copies a start tag, repairing its attributes; true when it closes itself.</summary>
        private bool Tag()
        {
            Copy(); // '<'
            while (_i < text.Length && IsNameChar(text[_i]))
            {
                Copy();
            }

            while (_i < text.Length)
            {
                CopyWhitespace();
                if (_i >= text.Length)
                {
                    return false;
                }

                if (text[_i] == '>')
                {
                    Copy();
                    return false;
                }

                if (Starts("/>"))
                {
                    Copy();
                    Copy();
                    return true;
                }

                var nameStart = _i;
                while (_i < text.Length && !char.IsWhiteSpace(text[_i]) && text[_i] is not ('=' or '>' or '/'))
                {
                    Copy();
                }

                if (_i == nameStart)
                {
                    Copy(); // a stray '/' or '=': leave it for the XML parser to report
                    continue;
                }

                CopyWhitespace();
                if (_i >= text.Length || text[_i] != '=')
                {
                    continue;
                }

                Copy(); // '='
                CopyWhitespace();
                if (_i >= text.Length)
                {
                    return false;
                }

                if (text[_i] is '"' or '\'')
                {
                    QuotedValue(text[_i]);
                    if (_i < text.Length && !char.IsWhiteSpace(text[_i]) && text[_i] is not ('>' or '/' or '?'))
                    {
                        // type="discrete"vtype="discrete": GENIUS reads on; XML needs a space.
                        Insert(" ");
                    }
                }
                else
                {
                    UnquotedValue();
                }
            }

            return false;
        }

        private void QuotedValue(char quote)
        {
            Copy();
            while (_i < text.Length && text[_i] != quote)
            {
                ValueChar();
            }

            if (_i < text.Length)
            {
                Copy();
            }
        }

        private void UnquotedValue()
        {
            Insert("\"");
            while (_i < text.Length && !char.IsWhiteSpace(text[_i]) && text[_i] != '>' && !Starts("/>"))
            {
                if (text[_i] == '"')
                {
                    Copy();
                    Insert("quot;", replacesPrevious: true);
                }
                else
                {
                    ValueChar();
                }
            }

            Insert("\"");
        }

        private void ValueChar()
        {
            var c = text[_i];
            if (c == '&' && !IsEntity(text, _i))
            {
                Copy();
                Insert("amp;");
            }
            else if (c == '<')
            {
                Copy();
                Insert("lt;", replacesPrevious: true);
            }
            else
            {
                Copy();
            }
        }

        private bool Starts(string s) => string.CompareOrdinal(text, _i, s, 0, s.Length) == 0;

        private void CopyThrough(string terminator)
        {
            var end = SkipPast(text, _i + 1, terminator);
            while (_i < end)
            {
                Copy();
            }
        }

        private void CopyWhitespace()
        {
            while (_i < text.Length && char.IsWhiteSpace(text[_i]))
            {
                Copy();
            }
        }

        /// <summary>Replaces everything up to <paramref name="end"/> with spaces, keeping line breaks.</summary>
        private void Blank(int end)
        {
            while (_i < end)
            {
                var c = text[_i];
                if (c is '\n' or '\r')
                {
                    Copy();
                }
                else
                {
                    _output.Append(' ');
                    _column++;
                    _i++;
                }
            }
        }

        private void Copy()
        {
            var c = text[_i++];
            _output.Append(c);

            // XML counts "\r\n", "\r" and "\n" each as one line break.
            if (c == '\n' || (c == '\r' && (_i >= text.Length || text[_i] != '\n')))
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }
        }

        /// <summary>Appends text the original does not have; with <paramref name="replacesPrevious"/> it completes an escape of the previous char.</summary>
        private void Insert(string s, bool replacesPrevious = false)
        {
            if (replacesPrevious)
            {
                // "<" became "&lt;": the '<' already copied turns into '&'.
                _output[^1] = '&';
            }

            _output.Append(s);
            _insertions.Add(new RepairedText.Insertion(_line, _column, s.Length));
            _column += s.Length;
        }
    }
}
