package vn.baocao.job;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * Spring Batch's job repository in the warehouse file itself (schema `batch`),
 * so the job's bookkeeping and the data it writes commit together.
 * DuckDB is not a database Spring Batch knows by name; its SQL dialect is close
 * enough to PostgreSQL's, and it refuses SERIALIZABLE, hence the default isolation.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(databaseType = "POSTGRES", isolationLevelForCreate = Isolation.DEFAULT, tablePrefix = "batch.BATCH_")
public class BatchInfrastructure {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
