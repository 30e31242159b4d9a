<?php

namespace Acme\PartnerPortal;

use GuzzleHttp\Client;

/** Calls a partner's API with the credentials the partner registered. */
final class PartnerClient
{
    public function __construct(private Client $http)
    {
    }

    public function fetchInvoices(string $partnerUrl, string $user, string $password): array
    {
        $response = $this->http->get($partnerUrl . '/invoices', ['auth' => [$user, $password]]);
        return json_decode((string) $response->getBody(), true);
    }
}
