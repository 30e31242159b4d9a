using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.PyPI;

/// <summary>PyPI version ordering (placeholder: exact ordering follows).</summary>
public sealed class PyPIVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Sightline.Core.Model.Ecosystem.PyPI;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        ArgumentNullException.ThrowIfNull(text);
        version = null;
        return false;
    }
}
