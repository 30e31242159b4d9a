namespace Sightline.Fleet.Ownership;

/// <summary>Whose CODEOWNERS rules a file follows: pattern meaning, sections and owner syntax differ.</summary>
public enum CodeOwnersFlavor
{
    GitHub,
    GitLab,
}
