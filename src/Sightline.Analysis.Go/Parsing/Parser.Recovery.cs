namespace Sightline.Analysis.Go.Parsing;

internal sealed partial class Parser
{
    /// <summary>Skips to the end of the broken statement: a `;` or the `}` closing the enclosing block.</summary>
    private void SyncStatement(int before)
    {
        var depth = 0;
        while (Tok.Kind != TokenKind.Eof)
        {
            if (Tok.Is("{") || Tok.Is("(") || Tok.Is("["))
            {
                depth++;
            }
            else if (Tok.Is("}") || Tok.Is(")") || Tok.Is("]"))
            {
                if (depth == 0)
                {
                    if (_p == before || !Tok.Is("}"))
                    {
                        Next();
                        continue;
                    }

                    return;
                }

                depth--;
            }
            else if (AtSemi && depth == 0)
            {
                Next();
                return;
            }

            Next();
        }
    }
}
