namespace LaserGrains.Gateway.Queries;

/// <summary>Endpoint metadata: the query parameters an endpoint reads, for handlers that read the query themselves.</summary>
public sealed record KnownQueryParameters(IReadOnlyList<string> Names);

/// <summary>Declares <see cref="KnownQueryParameters"/> on an endpoint.</summary>
public static class KnownQueryParametersExtensions
{
    public static TBuilder WithQueryParameters<TBuilder>(this TBuilder builder, params string[] names)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var known = new KnownQueryParameters(names);
        builder.Add(b => b.Metadata.Add(known));
        return builder;
    }
}
