using System.Collections.Frozen;
using System.Text;

namespace Sightline.Reports.Sbom;

/// <summary>
/// Licence names manifests write instead of SPDX ids ("Apache License, Version 2.0" in a POM, "MIT License (MIT)" in a
/// pyproject) mapped to the id they unambiguously name, so SBOMs say <c>Apache-2.0</c> rather than a LicenseRef. Only
/// exact names (case, spacing and a trailing period aside) of one licence at one version are listed; a name that
/// leaves the version or the "or later" open (plain "GPL", "LGPL", "BSD License") stays as written.
/// </summary>
public static class LicenseNames
{
    private static readonly FrozenDictionary<string, string> Ids = new Dictionary<string, string>
    {
        ["Apache License, Version 2.0"] = "Apache-2.0",
        ["The Apache License, Version 2.0"] = "Apache-2.0",
        ["The Apache Software License, Version 2.0"] = "Apache-2.0",
        ["Apache Software License, Version 2.0"] = "Apache-2.0",
        ["Apache License 2.0"] = "Apache-2.0",
        ["Apache License Version 2.0"] = "Apache-2.0",
        ["Apache 2.0"] = "Apache-2.0",
        ["Apache 2"] = "Apache-2.0",
        ["MIT License"] = "MIT",
        ["The MIT License"] = "MIT",
        ["The MIT License (MIT)"] = "MIT",
        ["MIT License (MIT)"] = "MIT",
        ["BSD 2-Clause License"] = "BSD-2-Clause",
        ["BSD 2-Clause \"Simplified\" License"] = "BSD-2-Clause",
        ["The BSD 2-Clause License"] = "BSD-2-Clause",
        ["BSD 3-Clause License"] = "BSD-3-Clause",
        ["BSD 3-Clause \"New\" or \"Revised\" License"] = "BSD-3-Clause",
        ["The BSD 3-Clause License"] = "BSD-3-Clause",
        ["New BSD License"] = "BSD-3-Clause",
        ["Eclipse Public License - v 1.0"] = "EPL-1.0",
        ["Eclipse Public License 1.0"] = "EPL-1.0",
        ["Eclipse Public License v1.0"] = "EPL-1.0",
        ["Eclipse Public License - v 2.0"] = "EPL-2.0",
        ["Eclipse Public License 2.0"] = "EPL-2.0",
        ["Eclipse Public License v2.0"] = "EPL-2.0",
        ["Eclipse Public License v. 2.0"] = "EPL-2.0",
        ["Mozilla Public License, Version 2.0"] = "MPL-2.0",
        ["Mozilla Public License 2.0"] = "MPL-2.0",
        ["ISC License"] = "ISC",
        ["The Unlicense"] = "Unlicense",
        ["Creative Commons Zero v1.0 Universal"] = "CC0-1.0",
        ["CC0 1.0 Universal"] = "CC0-1.0",
        ["Universal Permissive License, Version 1.0"] = "UPL-1.0",
        ["Universal Permissive License v1.0"] = "UPL-1.0",
        ["GNU General Public License v2.0 only"] = "GPL-2.0-only",
        ["GNU General Public License v3.0 only"] = "GPL-3.0-only",
        ["GNU Lesser General Public License v2.1 only"] = "LGPL-2.1-only",
        ["GNU Lesser General Public License v3.0 only"] = "LGPL-3.0-only",
        ["GNU Affero General Public License v3.0 only"] = "AGPL-3.0-only",
        ["zlib License"] = "Zlib",
        ["Boost Software License 1.0"] = "BSL-1.0",
        ["Boost Software License - Version 1.0"] = "BSL-1.0",
        ["PostgreSQL License"] = "PostgreSQL",
    }.ToFrozenDictionary(e => Key(e.Key), e => e.Value, StringComparer.Ordinal);

    /// <summary>The SPDX id a licence name stands for, else the text as it was (trimmed).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return Ids.TryGetValue(Key(trimmed), out var id) ? id : trimmed;
    }

    private static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Trim().TrimEnd('.'))
        {
            if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }
            }
            else
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
