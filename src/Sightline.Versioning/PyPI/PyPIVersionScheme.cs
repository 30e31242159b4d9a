using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.PyPI;

/// <summary>
/// PEP 440 versions as the packaging library parses and orders them. Legacy (non-PEP 440) versions
/// are rejected: pip no longer installs them, and ordering them would need setuptools' old rules.
/// </summary>
public sealed class PyPIVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Sightline.Core.Model.Ecosystem.PyPI;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        version = text is null ? null : PyPIParser.Parse(text);
        return version is not null;
    }
}
