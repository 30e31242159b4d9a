using System.Diagnostics.CodeAnalysis;
using NuGet.Versioning;
using Sightline.Core.Model;
using Sightline.Core.Versioning;

namespace Sightline.Versioning.NuGet;

/// <summary>
/// NuGet versions, parsed and ordered by NuGet.Versioning itself so we agree with the client exactly:
/// 1–4 numeric parts ("1.0" is 1.0.0, "1.0.0.1" is above 1.0.0), case-insensitive pre-release labels,
/// metadata ignored (https://learn.microsoft.com/nuget/concepts/package-versioning).
/// </summary>
public sealed class NuGetVersionScheme : IVersionScheme
{
    public Ecosystem? Ecosystem => Core.Model.Ecosystem.NuGet;

    public bool TryParse(string text, [NotNullWhen(true)] out IVersion? version)
    {
        version = null;
        if (text is null || !NuGetVersion.TryParse(text, out var parsed))
        {
            return false;
        }

        version = new NuGetVersionValue(text, parsed);
        return true;
    }
}
