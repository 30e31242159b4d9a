using Sightline.Analysis.Java.Lexing;
using Sightline.Analysis.Java.Model;
using Sightline.Analysis.Java.Parsing;
using Sightline.Analysis.Java.Resolution;
using Sightline.Core.Code;

namespace Sightline.Analysis.Java.Walk;

/// <summary>
/// Walks the bodies of a file's members: local declarations (with their types) in block scopes, and call
/// chains, each call resolved through the declared type of its receiver. Lambda bodies belong to the
/// enclosing member; anonymous classes become types of their own, referred to from where they are created.
/// </summary>
internal sealed partial class BodyWalker(JavaFile file, RepositoryIndex index, DateTime deadline) : TokenCursor(file.Tokens)
{
    private const int MaxDepth = 300;
    private readonly List<Dictionary<string, string[]>> _scopes = [];
    private readonly Dictionary<TypeDecl, int> _anonymous = [];
    private TypeDecl _type = null!;
    private MemberDecl? _member;
    private string _caller = "";
    private int _depth;
    private int _steps;
    private bool _deepWarned;

    public List<CodeCall> Calls { get; } = [];

    public void WalkMember(TypeDecl type, MemberDecl member)
    {
        _type = type;
        _member = member;
        _caller = type.Fqn + "." + (member.Kind == MemberKind.Field ? (member.IsStatic ? "<clinit>" : "<init>") : member.Name);
        _scopes.Clear();
        var parameters = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, parameterType) in member.Parameters)
        {
            parameters[name] = Resolve(parameterType);
        }

        _scopes.Add(parameters);
        Pos = member.BodyStart;
        var end = member.BodyEnd;
        if (Tokens[Pos].Is("{") && member.Kind != MemberKind.Field)
        {
            Pos++;
        }

        WalkRange(end);
    }

    private string[] Resolve(string written) =>
        _member is not null && _member.TypeParameters.Contains(written) ? [] : index.ResolveType(written, _type, file);

    /// <summary>Walks tokens up to <paramref name="end"/> (exclusive): declarations, chains, scopes.</summary>
    private void WalkRange(int end)
    {
        while (Pos < end && !AtEnd)
        {
            if ((++_steps & 1023) == 0 && DateTime.UtcNow > deadline)
            {
                throw new TimeoutException();
            }

            var token = Current;
            if (token.Is("{"))
            {
                _scopes.Add(new Dictionary<string, string[]>(StringComparer.Ordinal));
                Pos++;
            }
            else if (token.Is("}"))
            {
                if (_scopes.Count > 1)
                {
                    _scopes.RemoveAt(_scopes.Count - 1);
                }

                Pos++;
            }
            else if ((token.Is("class") || token.Is("interface") || token.Is("enum")) && !(Pos > 0 && Tokens[Pos - 1].Is(".")))
            {
                var parser = new DeclarationParser(file) { Pos = Pos };
                parser.ParseType(_type, [], [], Pos);
                Pos = parser.Pos;
            }
            else if (token.Is("@") && At(Pos + 1).IsName)
            {
                // An annotation on a local or a lambda parameter: not a call.
                ReadModifiers([]);
            }
            else if (token.Is("instanceof"))
            {
                Pos++;
                ReadModifiers([]);
                var patternType = ReadType();
                if (patternType is not null && Current.IsName && !At(Pos + 1).Is("("))
                {
                    Declare(Current.Text, Resolve(patternType));
                    Pos++;
                }
            }
            else if (!TryDeclaration() && !TryChain())
            {
                Pos++;
            }
        }
    }

    private void Declare(string name, string[] type) => _scopes[^1][name] = type;

    private string[]? Local(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TryGetValue(name, out var type))
            {
                return type;
            }
        }

        return null;
    }

    private void Add(CallKind kind, string? callee, string text, Token at, IReadOnlyList<string>? candidates = null) =>
        Calls.Add(new CodeCall(_caller, kind, callee, text, at.Line, at.Column) { Candidates = candidates ?? [] });
}
