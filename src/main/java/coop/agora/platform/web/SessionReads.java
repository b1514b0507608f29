package coop.agora.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL, their attributes serialized, and every signed-in request read its
 * security context back from those bytes. The same bytes give the same sign-in, so each node keeps
 * the signed-in person it read recently, keyed by those bytes, and hands each request a context of
 * its own around it (signing out empties a context, which must not empty another request's). A new
 * sign-in has other bytes and is read anew; a session ended in the database is refused before its
 * attributes are looked at. Other attributes, which their owners may change in place, are read as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionReads {

    static final int SIGN_INS_KEPT = 20_000;
    static final Duration KEPT_FOR = Duration.ofMinutes(15);

    /**
     * The session's own statements in plain JDBC transactions: through the JPA transaction manager,
     * each session read and write opened an entity manager that never managed an entity.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return transactions;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> signInsDeserializedOncePerNode() {
        return repository -> repository.setConversionService(attributeConversions(SessionReads.class.getClassLoader()));
    }

    static GenericConversionService attributeConversions(ClassLoader classLoader) {
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new SignInRememberingDeserializer(new DeserializingConverter(classLoader)));
        return conversions;
    }

    private static final class SignInRememberingDeserializer implements Converter<byte[], Object> {

        private final Converter<byte[], Object> deserializer;
        private final Cache<ByteBuffer, Authentication> signIns = Caffeine.newBuilder()
                .maximumSize(SIGN_INS_KEPT)
                .expireAfterAccess(KEPT_FOR)
                .build();

        SignInRememberingDeserializer(Converter<byte[], Object> deserializer) {
            this.deserializer = deserializer;
        }

        @Override
        public Object convert(byte[] bytes) {
            var key = ByteBuffer.wrap(bytes);
            var known = signIns.getIfPresent(key);
            if (known != null) {
                return new SecurityContextImpl(known);
            }
            var read = deserializer.convert(bytes);
            if (read instanceof SecurityContext context && context.getAuthentication() != null) {
                signIns.put(key, context.getAuthentication());
            }
            return read;
        }
    }
}
