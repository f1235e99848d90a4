package vn.egov.notification.digest;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * identity-service's internal list of officers with their agency and e-mail. Feign adds the service's own
 * client-credentials token, which identity-service requires to carry the SERVICE role.
 */
@FeignClient(name = "identity", url = "${egov.identity.url:http://localhost:9000}")
interface OfficerDirectory {

    @GetMapping("/internal/officers")
    Officer.Page officers();
}
