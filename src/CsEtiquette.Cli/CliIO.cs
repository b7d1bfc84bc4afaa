namespace CsEtiquette.Cli;

/// <summary>The three standard streams of one CLI invocation (real console or test doubles).</summary>
internal sealed record CliIO(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// A reader of <paramref name="stream"/> as UTF-8 only — the input contract of every sub-command. A UTF-8 BOM is
    /// skipped; other byte-order marks are not obeyed (<c>FF FE</c> is not read as UTF-16: it decodes as U+FFFD).
    /// </summary>
    public static TextReader OpenUtf8(Stream stream, int bufferSize = 1 << 12) =>
        new BomSkippingReader(new StreamReader(stream, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize));

    /// <summary>Skips one leading U+FEFF lazily (on the first read, so an idle terminal is never waited on).</summary>
    private sealed class BomSkippingReader(TextReader inner) : TextReader
    {
        private bool _checked;

        public override int Peek()
        {
            Skip();
            return inner.Peek();
        }

        public override int Read()
        {
            Skip();
            return inner.Read();
        }

        public override int Read(char[] buffer, int index, int count)
        {
            Skip();
            return inner.Read(buffer, index, count);
        }

        public override string? ReadLine()
        {
            Skip();
            return inner.ReadLine();
        }

        public override string ReadToEnd()
        {
            Skip();
            return inner.ReadToEnd();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Skip()
        {
            if (!_checked)
            {
                _checked = true;
                if (inner.Peek() == '\uFEFF')
                {
                    inner.Read();
                }
            }
        }
    }
}
